// swift-tools-version:6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "Dossier",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "dossier", targets: ["dossier"]),
    .library(name: "DossierCore", targets: ["DossierCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0")
  ],
  targets: [
    // The analysis: no database, server or network dependency.
    .target(
      name: "DossierCore",
      swiftSettings: strictSettings
    ),
    // The command line: parses arguments, runs the pipeline, writes files.
    .target(
      name: "DossierCLI",
      dependencies: [
        "DossierCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSettings
    ),
    .executableTarget(
      name: "dossier",
      dependencies: ["DossierCLI"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "DossierCoreTests",
      dependencies: ["DossierCore"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "DossierCLITests",
      dependencies: ["DossierCLI", "DossierCore"],
      exclude: ["Golden"],
      swiftSettings: strictSettings
    ),
  ],
  swiftLanguageModes: [.v6]
)
