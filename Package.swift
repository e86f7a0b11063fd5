// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sessionplan",
    products: [
        .executable(name: "sessionplan", targets: ["sessionplan"]),
        .library(name: "SessionPlanKit", targets: ["SessionPlanKit"]),
    ],
    targets: [
        .target(name: "SessionPlanKit"),
        .executableTarget(name: "sessionplan", dependencies: ["SessionPlanKit"]),
        // Generates large plans and times the release tool on them; see the README.
        .executableTarget(name: "sessionplan-bench", path: "Sources/sessionplan-bench"),
        .testTarget(
            name: "SessionPlanKitTests",
            dependencies: ["SessionPlanKit"],
            exclude: ["Golden", "Fixtures", "Import/Fixtures"]
        ),
    ]
)
