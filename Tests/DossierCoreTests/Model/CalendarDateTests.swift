import DossierCore
import Testing

struct CalendarDateTests {
  @Test(arguments: [
    ("2022-02-02", 3), ("2023-01-30", 1), ("2024-02-29", 4), ("1970-01-01", 4), ("1998-08-07", 5), ("2000-03-05", 7),
  ])
  func knowsWeekdays(_ iso: String, _ weekday: Int) throws {
    #expect(try #require(CalendarDate(iso: iso)).weekday == weekday)
  }

  @Test func countsDaysAcrossMonthsAndLeapYears() throws {
    let start = try #require(CalendarDate(iso: "2024-02-28"))
    #expect(start.adding(days: 1).description == "2024-02-29")
    #expect(start.adding(days: 2).description == "2024-03-01")
    #expect(start.adding(days: -59).description == "2023-12-31")
    #expect(CalendarDate(dayNumber: start.dayNumber) == start)
  }

  @Test(arguments: ["2023-02-29", "2023-13-01", "2023-1-01", "20230101", "2023-01-01X", "abcd-01-01"])
  func rejectsInvalidDates(_ text: String) {
    #expect(CalendarDate(iso: text) == nil)
  }

  @Test func acceptsDateTimes() {
    #expect(CalendarDate(iso: "2025-03-12T09:30:00Z")?.description == "2025-03-12")
    #expect(CalendarDate(iso: "2025-03-12 09:30")?.description == "2025-03-12")
  }
}
