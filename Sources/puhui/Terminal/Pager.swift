import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Long output on a terminal goes through `$PAGER`: while a command runs its standard output is
/// kept in a private temporary file; at the end, output longer than the terminal's height is
/// piped into the pager (`$PAGER`, else `less -FRX` when `less` is installed) and shorter output
/// is written to the terminal as it is. Never when standard output is not a terminal, nor with
/// `PUHUI_NO_PAGER` set or `--no-pager`, nor for `puhui serve`.
final class Pager {
    /// The pager to run, or nil for none.
    let command: String
    let terminal: Terminal
    private let saved: Int32
    private let buffer: Int32

    private init(command: String, terminal: Terminal, saved: Int32, buffer: Int32) {
        self.command = command
        self.terminal = terminal
        self.saved = saved
        self.buffer = buffer
    }

    /// The pager command for this environment, or nil when output is not to be paged.
    static func command(arguments: [String], environment: [String: String], terminal: Terminal) -> String? {
        guard terminal.isTerminal, (environment["PUHUI_NO_PAGER"] ?? "").isEmpty else { return nil }
        let options = arguments.prefix { $0 != "--" }
        if options.contains("--no-pager") || options.first == "serve" || options.contains(where: { $0.hasPrefix("---") }) { return nil }
        if let pager = environment["PAGER"]?.trimmingCharacters(in: .whitespaces), !pager.isEmpty { return pager }
        let paths = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/less") } ? "less -FRX" : nil
    }

    /// Starts keeping standard output when it is to be paged.
    static func begin(arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
                      terminal: Terminal = Terminal.current) -> Pager? {
        guard let command = command(arguments: arguments, environment: environment, terminal: terminal) else { return nil }
        var template = Array((NSTemporaryDirectory() + "/puhui-output-XXXXXX").utf8CString)
        let buffer = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard buffer >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        fflush(nil)
        let saved = dup(STDOUT_FILENO)
        guard saved >= 0, dup2(buffer, STDOUT_FILENO) >= 0 else {
            close(buffer)
            return nil
        }
        return Pager(command: command, terminal: terminal, saved: saved, buffer: buffer)
    }

    /// Lines the text takes on a terminal `width` columns wide.
    static func screenLines(_ text: String, width: Int) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0).reduce(0) { total, line in
            total + max(1, (DisplayWidth.of(String(line)) + width - 1) / max(1, width))
        }
    }

    /// Puts standard output back and shows what was kept: through the pager when it is longer than a screen.
    func finish() {
        fflush(nil)
        dup2(saved, STDOUT_FILENO)
        close(saved)
        let size = lseek(buffer, 0, SEEK_END)
        lseek(buffer, 0, SEEK_SET)
        defer { close(buffer) }
        let handle = FileHandle(fileDescriptor: buffer, closeOnDealloc: false)
        let data = size > 0 ? ((try? handle.readToEnd()) ?? Data()) : Data()
        let text = String(decoding: data, as: UTF8.self)
        guard Self.screenLines(text, width: terminal.width) >= terminal.height else {
            FileHandle.standardOutput.write(data)
            return
        }
        lseek(buffer, 0, SEEK_SET)
        // posix_spawn rather than Process: the pager must stay in the terminal's foreground
        // process group to read the keyboard (Process starts a new group, which the terminal stops).
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, buffer, STDIN_FILENO)
        var pid = pid_t()
        let arguments = ["/bin/sh", "-c", command]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, "/bin/sh", &actions, nil, &argv, environ) == 0 else {
            FileHandle.standardOutput.write(data)
            return
        }
        // Interrupting the pager is the pager's business (as git does): wait for it to end.
        signal(SIGINT, SIG_IGN)
        signal(SIGQUIT, SIG_IGN)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }
}
