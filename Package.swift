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
        .testTarget(
            name: "SessionPlanKitTests",
            dependencies: ["SessionPlanKit"],
            exclude: ["Golden"]
        ),
    ]
)
