// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "WijkSim",
    products: [
        .library(name: "WijkSim", targets: ["WijkSim"]),
        .executable(name: "wijksim", targets: ["wijksim"]),
    ],
    targets: [
        .target(name: "WijkSim"),
        .executableTarget(name: "wijksim", dependencies: ["WijkSim"]),
        .testTarget(
            name: "WijkSimTests",
            dependencies: ["WijkSim"],
            exclude: ["Fixtures"]  // read through #filePath, not as bundled resources
        ),
    ],
    swiftLanguageModes: [.v6]
)
