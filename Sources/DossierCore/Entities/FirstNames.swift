// swift-format-ignore-file
/// Common first names, as data, with the gender they usually tell: evidence
/// that a capitalised pair is a person, and the gender a pronoun must agree
/// with when no honorific gives it.
enum FirstNames {
  static let male = """
    aaron, abdul, abdullah, abraham, adam, adrian, ahmad, ahmed, alan, albert, alberto, alejandro,
    aleksandr, aleksei, alex, alexander, alexandre, alexei, alexey, alfred, ali, alistair, amir,
    anatoly, anders, andre, andrea, andrei, andres, andrew, andrey, andriy, andy, angus, anthony,
    antonio, antony, anton, arnold, arseniy, arthur, artem, ashley, barack, barry, bashar, ben,
    benjamin, bernard, bernie, bill, billy, bob, bobby, bogdan, boris, boyko, brad, bradley,
    brandon, brendan, brett, brian, bruce, bruno, bryan, byron, calvin, carl, carlos, charles,
    charlie, chris, christian, christopher, chuck, clarence, clark, claude, colin, conor, craig,
    cyril, dale, dan, daniel, danny, dario, darren, dave, david, dean, denis, dennis, derek,
    dick, diego, dmitri, dmitriy, dmitry, dominic, don, donald, doug, douglas, duncan, dwight,
    earl, ed, eddie, edgar, edward, edwin, elias, elijah, elon, emmanuel, emmanuelle, enrique,
    eric, erik, ernest, ethan, eugene, evan, evgeny, fabio, farid, felix, fernando, francis,
    francisco, frank, franklin, fred, frederick, gareth, gary, gavin, gene, geoffrey, george,
    gerald, gerard, gerhard, giorgio, giuseppe, glenn, gordon, graham, grant, greg, gregory,
    guillaume, gustavo, guy, hakeem, hamid, hans, harold, harry, hassan, hector, heinrich, henry,
    herbert, howard, hugh, hugo, hussein, ian, igor, ihor, ilya, imran, isaac, ivan, jack, jacob,
    jake, james, jamie, jared, jason, javier, jay, jean, jeff, jeffrey, jens, jeremy, jerome,
    jerry, jesse, jim, jimmy, joe, joel, johann, john, johnny, jon, jonathan, jordan, jorge,
    jose, joseph, josh, joshua, juan, julian, julius, justin, kamal, karl, keir, keith, kelly,
    ken, kenneth, kevin, khalid, kim, kirill, klaus, konstantin, kurt, kwasi, lars, larry,
    laurent, lawrence, lee, leo, leon, leonard, leonid, lindsey, lloyd, louis, luc, luca, lucas,
    luis, luke, lyndon, mahmoud, malcolm, manuel, marco, marcus, mario, mark, martin, matt,
    matteo, matthew, maurice, max, maxim, michael, michel, miguel, mike, mikhail, milan, mitch,
    mitt, mohamed, mohammad, mohammed, muhammad, mykhailo, mykola, naftali, narendra, nathan,
    neil, nelson, nicholas, nick, nicolas, nigel, nikita, nikolai, nikolay, noah, norman, oleg,
    oleksandr, oleksii, oleksiy, olaf, oliver, omar, oscar, owen, pablo, patrick, paul, pavel,
    pedro, peter, petro, phil, philip, philippe, pierre, piers, pyotr, rafael, ralph, ramzan,
    randy, raul, ray, raymond, recep, reza, ricardo, richard, rick, rishi, rob, robert, robin,
    rodrigo, roger, roman, ron, ronald, rory, ross, roy, ruslan, russell, ryan, saddam, salman,
    sam, samuel, sanjay, scott, sean, sebastian, serge, sergei, sergey, sergio, serhiy, seth,
    shane, sharif, shinzo, simon, stanley, stefan, stephen, steve, steven, stuart, sven, taras,
    ted, terry, theo, theodore, thomas, tim, timothy, toby, todd, tom, tommy, tony, travis, troy,
    valery, valeriy, vasily, victor, viktor, vincent, vitali, vitaly, vitaliy, vladimir,
    vladislav, volodymyr, walter, warren, wayne, wes, wesley, will, william, willie, xavier,
    xi, yair, yakov, yevgeny, yevgeniy, yuri, yuriy, yury, zach, zachary, zbigniew
    """

  static let female = """
    abigail, ada, adele, agnes, aisha, alexandra, alexis, alice, alicia, alina, alison,
    amanda, amber, amelia, amy, ana, anastasia, andrea, angela, angelina, anita, ann, anna,
    anne, annette, antonia, april, ashley, audrey, barbara, beatrice, becky, belinda, beth,
    betty, beverly, bonnie, brenda, bridget, brittany, camilla, carla, carmen, carol, caroline,
    carolyn, catherine, cathy, charlotte, chelsea, cheryl, chloe, christina, christine,
    chrystia, cindy, claire, clara, claudia, colette, courtney, cynthia, daisy, dana, daria,
    darya, deborah, debra, denise, diana, diane, dianne, donna, doris, dorothy, edith, elaine,
    eleanor, elena, elisabeth, elizabeth, ella, ellen, elvira, emily, emma, erica, erin, eva,
    evelyn, fiona, florence, frances, gabriela, gabrielle, gillian, gina, giorgia, gloria, grace,
    greta, hannah, harriet, heather, heidi, helen, helena, hillary, holly, hope, ilhan, ingrid,
    irene, irina, iryna, isabel, isabella, ivanka, jacinda, jackie, jacqueline, jane, janet,
    janice, jasmine, jean, jeanne, jennifer, jenny, jessica, jill, joan, joanna, jocelyn, josephine,
    joyce, judith, judy, julia, julie, juliet, justine, kamala, karen, karin, kate, katherine,
    kathleen, kathryn, kathy, katie, katya, kay, kayleigh, kelly, kemi, kim, kimberly, kira,
    kristina, kristen, kyla, larissa, laura, lauren, leah, lena, liz, lisa, liudmyla, lilia,
    lily, linda, lindsay, liz, lois, lori, louise, lucy, lyudmila, madeleine, maggie, maria,
    marie, marina, marine, marion, marjorie, martha, mary, maya, megan, melania, melanie,
    melissa, meloni, mia, michaela, michele, michelle, mila, mildred, miriam, molly, monica,
    nadia, nadine, nancy, naomi, natalia, natalie, natalya, nataliya, nicola, nicole, nikki,
    nina, nora, olena, olga, olivia, oksana, pamela, patricia, patty, paula, pauline, penny,
    petra, philippa, phyllis, pippa, polly, priti, rachel, rebecca, regina, rita, roberta,
    rose, rosemary, ruth, sabine, sally, samantha, sandra, sara, sarah, sharon, sheila, shirley,
    silvia, simone, sofia, sonia, sophia, sophie, stacey, stephanie, susan, suzanne, svetlana,
    sylvia, tamara, tanya, tatiana, tatyana, teresa, theresa, tiffany, tina, tracy, tulsi,
    ursula, valentina, valerie, vanessa, vera, veronica, victoria, violet, virginia, vivian,
    wanda, wendy, yulia, yuliia, yvonne, zoe, zoya
    """

  /// First names used for both, which tell a person but not a gender.
  static let unisex = """
    alex, ashley, casey, chris, jamie, jean, jesse, jordan, kelly, kim, lee, morgan, pat, robin,
    sam, taylor, terry, toni, shinzo, xi
    """
}
