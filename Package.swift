// swift-tools-version:6.0
import PackageDescription

/// Targets, each depending only on those before it:
/// - `WijkSim`: the model library (scenarios, engine, metrics, batches, output, reports);
/// - `WijkSimBench`: the workloads and measurements of `wijksim bench`;
/// - `WijkSimCLI`: the commands and their argument parsing;
/// - `wijksim`: the executable, one line calling `WijkSimCommand.main`.
let package = Package(
    name: "WijkSim",
    products: [
        .library(name: "WijkSim", targets: ["WijkSim"]),
        .executable(name: "wijksim", targets: ["wijksim"]),
    ],
    targets: [
        .target(name: "WijkSim"),
        .target(name: "WijkSimBench", dependencies: ["WijkSim"]),
        .target(name: "WijkSimCLI", dependencies: ["WijkSim", "WijkSimBench"]),
        .executableTarget(name: "wijksim", dependencies: ["WijkSimCLI"]),
        .testTarget(
            name: "WijkSimTests",
            dependencies: ["WijkSim", "WijkSimBench", "WijkSimCLI"],
            exclude: ["Fixtures"]  // read through #filePath, not as bundled resources
        ),
    ],
    swiftLanguageModes: [.v6]
)
