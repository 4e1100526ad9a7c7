#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Small POSIX file helpers whose errors carry the system's reason.
enum FileAccess {
  enum Kind { case file, directory, other, missing }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func kind(of path: String, followLinks: Bool = true) -> Kind {
    var info = stat()
    let status = followLinks ? stat(path, &info) : lstat(path, &info)
    guard status == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .directory
    default: return .other
    }
  }

  static func isSymbolicLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
  }

  static func reason(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }

  /// Reads a whole regular file.
  static func readAll(_ path: String) throws(Failure) -> [UInt8] {
    try withContents(of: path) { Array($0) }
  }

  /// Calls `body` with the bytes of a whole regular file, which are valid
  /// only during the call.
  static func withContents<Value>(
    of path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Value
  ) throws(Failure) -> Value {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw Failure(description: "cannot read: \(reason(errno))") }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw Failure(description: "cannot read: \(reason(errno))") }
    guard info.st_mode & S_IFMT == S_IFREG else { throw Failure(description: "not a regular file") }
    #if os(Linux)
      // A large file is read into memory mapped and populated in one call:
      // faulting in its pages one by one took a fifth of the reading time.
      let size = Int(info.st_size)
      if size >= 1 << 20 {
        let capacity = size + 1
        let region = mmap(nil, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0)
        if let region, region != MAP_FAILED {
          defer { munmap(region, capacity) }
          let count = try fill(region, capacity: capacity, from: descriptor)
          // A file that grew while it was read is read again whole below.
          if count < capacity {
            return body(UnsafeBufferPointer(start: region.assumingMemoryBound(to: UInt8.self), count: count))
          }
          guard lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw Failure(description: "cannot read: \(reason(errno))")
          }
        }
      }
    #endif
    let bytes = try readToEnd(descriptor, sizeHint: Int(info.st_size))
    return bytes.withUnsafeBufferPointer(body)
  }

  /// Reads a descriptor to its end (standard input included).
  static func readToEnd(_ descriptor: Int32, sizeHint: Int = 65_536) throws(Failure) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: max(sizeHint, 4096) + 1)
    var count = 0
    while true {
      let room = bytes.count - count
      let got = try bytes.withUnsafeMutableBytes { raw in
        Result { () throws(Failure) in try fill(raw.baseAddress! + count, capacity: room, from: descriptor) }
      }.get()
      count += got
      if got < room { break }
      bytes.append(contentsOf: [UInt8](repeating: 0, count: bytes.count))
    }
    bytes.removeSubrange(count...)
    return bytes
  }

  /// Reads into `buffer` until `capacity` bytes or the end of the
  /// descriptor; returns how many were read.
  private static func fill(
    _ buffer: UnsafeMutableRawPointer, capacity: Int, from descriptor: Int32
  ) throws(Failure) -> Int {
    var count = 0
    while count < capacity {
      let got = read(descriptor, buffer + count, capacity - count)
      if got < 0 {
        if errno == EINTR { continue }
        throw Failure(description: "cannot read: \(reason(errno))")
      }
      if got == 0 { break }
      count += got
    }
    return count
  }

  /// The names in a directory, hidden ones left out.
  static func entries(of path: String) throws(Failure) -> [String] {
    guard let directory = opendir(path) else { throw Failure(description: "cannot read folder: \(reason(errno))") }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if !name.hasPrefix(".") { names.append(name) }
    }
    return names
  }
}
