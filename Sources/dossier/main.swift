import DossierCLI

#if canImport(Glibc)
  import Glibc

  // glibc raises its threshold for mapping large blocks each time one is
  // freed, after which freed per-document buffers of a few hundred
  // kilobytes stay in the heap: the peak resident memory of a corpus then
  // grows by about a tenth. Setting the trim threshold fixes both at their
  // defaults' spirit: large blocks are mapped, and returned when freed.
  @_silgen_name("mallopt") func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
  // M_TRIM_THRESHOLD of <malloc.h>, which Glibc's module leaves out.
  _ = mallopt(-1, 1 << 20)
#elseif canImport(Darwin)
  import Darwin
#endif

exit(DossierMain.run(Array(CommandLine.arguments.dropFirst())))
