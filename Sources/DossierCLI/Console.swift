import DossierCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command reads and writes: the process's streams, or a recording
/// for tests.
public protocol Console: AnyObject, Sendable {
  func write(_ bytes: [UInt8])
  /// Writes one line to standard error.
  func error(_ line: String)
  /// Rewrites the progress line on standard error.
  func progress(_ line: String)
  func readStandardInput() -> [UInt8]
  /// True when standard error is a terminal a person watches.
  var errorIsTerminal: Bool { get }
  /// Hands over results that are no longer read, to be freed when the
  /// process ends (or at once, where it goes on).
  func keepUntilExit(_ value: any Sendable)
}

extension Console {
  /// Frees the value as usual: in-process commands go on after it.
  public func keepUntilExit(_ value: any Sendable) {}
}

/// The process's own standard streams.
public final class StandardConsole: Console {
  public init() {}

  public func write(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = SystemCalls.write(1, buffer.baseAddress! + offset, buffer.count - offset)
        if written <= 0 {
          if written < 0 && errno == EINTR { continue }
          return
        }
        offset += written
      }
    }
  }

  public func error(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    bytes.withUnsafeBufferPointer { _ = SystemCalls.write(2, $0.baseAddress!, $0.count) }
  }

  public func progress(_ line: String) {
    let bytes = Array(("\r" + line + "\u{1B}[K").utf8)
    bytes.withUnsafeBufferPointer { _ = SystemCalls.write(2, $0.baseAddress!, $0.count) }
  }

  public func readStandardInput() -> [UInt8] {
    (try? FileAccessCLI.readToEnd(0)) ?? []
  }

  public var errorIsTerminal: Bool { isatty(2) == 1 }

  /// The process exits as soon as the command returns: freeing a corpus
  /// object by object would only delay the exit.
  public func keepUntilExit(_ value: any Sendable) {
    _ = Unmanaged.passRetained(Box(value))
  }

  private final class Box: Sendable {
    let value: any Sendable
    init(_ value: any Sendable) { self.value = value }
  }
}

enum FileAccessCLI {
  struct Failure: Error, CustomStringConvertible { var description: String }

  static func readToEnd(_ descriptor: Int32) throws -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
      if got < 0 {
        if errno == EINTR { continue }
        throw Failure(description: String(cString: strerror(errno)))
      }
      if got == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<got])
    }
  }

  /// A file written in pieces, for streamed output.
  final class OutputFile {
    private let descriptor: Int32

    init(path: String) throws {
      descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      guard descriptor >= 0 else { throw Failure(description: String(cString: strerror(errno)).lowercased()) }
    }

    func write(_ bytes: [UInt8]) throws {
      var offset = 0
      while offset < bytes.count {
        let written = bytes.withUnsafeBytes {
          SystemCalls.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
        }
        if written < 0 {
          if errno == EINTR { continue }
          throw Failure(description: String(cString: strerror(errno)).lowercased())
        }
        offset += written
      }
    }

    func finish() { close(descriptor) }
  }
}

/// The C library's `write`, named apart from the methods called `write`.
enum SystemCalls {
  static func write(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
      return Glibc.write(descriptor, buffer, count)
    #elseif canImport(Musl)
      return Musl.write(descriptor, buffer, count)
    #else
      return Darwin.write(descriptor, buffer, count)
    #endif
  }
}
