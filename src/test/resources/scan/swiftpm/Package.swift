// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Shop",
    dependencies: [
        .package(url: "https://github.com/getsentry/sentry-cocoa", from: "8.17.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.5.0"),
        .package(url: "https://github.com/amplitude/Amplitude-Swift.git", .upToNextMajor(from: "1.4.0")),
    ],
    targets: [
        .target(name: "Shop", dependencies: [.product(name: "Sentry", package: "sentry-cocoa")]),
    ]
)
