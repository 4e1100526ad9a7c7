import DossierCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

exit(DossierMain.run(Array(CommandLine.arguments.dropFirst())))
