import Foundation
import PuhuiTestSupport
import Testing

/// The pages in headless Chromium (scripts/browser-tests.py): a customer quotes, applies and
/// reports a loss, an adjuster works and pays the claim, and the customer sees it paid; every page
/// at 360 px and 1280 px without console errors, unlabelled inputs or overflow at phone size.
/// It fails when Chromium, its driver or Selenium is missing (./scripts/bootstrap.sh).
@Suite struct BrowserCLITests {
    @Test(.timeLimit(.minutes(5))) func theCustomerAndTheAdjusterWalkThePagesInABrowser() async throws {
        // The script runs for half a minute: waited for on a thread of its own, so that it holds
        // none of the few threads the rest of the suite's async tests share.
        let (status, text) = try await LoopbackHTTP.blocking { () throws -> (Int32, String) in
            let script = Process()
            script.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            script.arguments = ["python3", PuhuiRunner.packageRoot + "/scripts/browser-tests.py", PuhuiRunner.binary]
            script.currentDirectoryURL = URL(fileURLWithPath: PuhuiRunner.packageRoot)
            let output = Pipe()
            script.standardOutput = output
            script.standardError = output
            try script.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            script.waitUntilExit()
            return (script.terminationStatus, text)
        }
        #expect(status == 0, "scripts/browser-tests.py failed:\n\(text.suffix(6000))")
        #expect(text.contains("browser checks passed"))
    }
}
