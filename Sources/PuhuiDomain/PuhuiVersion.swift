/// The engine's version, carried in extracts and `puhui --version`.
public enum PuhuiVersion {
    public static let current = "0.1.0"
}
