import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Maven Central's rules, checked on a local file repository that {@code .ci/deploy-check} deployed
 * to. Run with the JDK's single-file launcher:
 *
 * <pre>
 * java .ci/CentralRules.java REPO FINGERPRINT lakin-parent:pom lakin-core:jar ... -lakin-server
 * </pre>
 *
 * <p>Each {@code artifactId:packaging} must be there with: a POM whose name, description, url,
 * licence (name and url), developer and scm (url and connection) are set, in the POM or its deployed
 * parent; for a jar, the jar, a sources jar with .java files, a javadoc jar with an index.html and a
 * CycloneDX SBOM; every file with an .asc signature that gpg verifies as made by FINGERPRINT (gpg
 * reads GNUPGHOME), and .md5 and .sha1 files that match. An argument {@code -artifactId} must not be
 * there (a module that is not published). Prints every breach, one a line, and exits 1 if there is
 * one.
 */
public final class CentralRules {
  private static final String GROUP_PATH = "io/github/lakin";

  private final Path repo;
  private final String fingerprint;
  private final List<String> breaches = new ArrayList<>();
  private int filesChecked;

  private CentralRules(Path repo, String fingerprint) {
    this.repo = repo;
    this.fingerprint = fingerprint;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: java .ci/CentralRules.java REPO FINGERPRINT artifact:packaging... [-artifact...]");
      System.exit(2);
    }
    CentralRules rules = new CentralRules(Path.of(args[0]), args[1]);
    int artifacts = 0;
    for (int i = 2; i < args.length; i++) {
      if (args[i].startsWith("-")) {
        rules.checkAbsent(args[i].substring(1));
      } else {
        String[] parts = args[i].split(":", 2);
        rules.checkArtifact(parts[0], parts[1]);
        artifacts++;
      }
    }
    for (String breach : rules.breaches) {
      System.out.println("  BREACH " + breach);
    }
    System.out.printf("Central rules: %d artifacts, %d files checked, %d breaches%n",
        artifacts, rules.filesChecked, rules.breaches.size());
    System.exit(rules.breaches.isEmpty() ? 0 : 1);
  }

  private void checkAbsent(String artifactId) {
    if (Files.exists(repo.resolve(GROUP_PATH).resolve(artifactId))) {
      breaches.add(artifactId + ": deployed, but it is not a published module");
    }
  }

  private void checkArtifact(String artifactId, String packaging) throws Exception {
    Path versionDir = onlyVersionDir(artifactId);
    if (versionDir == null) {
      return;
    }
    Path pom = newestPom(versionDir);
    if (pom == null) {
      breaches.add(artifactId + ": no POM in " + versionDir);
      return;
    }
    String base = pom.getFileName().toString().replaceFirst("\\.pom$", "");
    checkPom(artifactId, pom);
    checkSignedAndSummed(artifactId, pom);
    if (packaging.equals("jar")) {
      for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar", "-cyclonedx.xml")) {
        Path file = versionDir.resolve(base + suffix);
        if (!Files.isRegularFile(file)) {
          breaches.add(artifactId + ": missing " + file.getFileName());
          continue;
        }
        checkSignedAndSummed(artifactId, file);
      }
      checkZipHas(artifactId, versionDir.resolve(base + "-sources.jar"), ".java");
      checkZipHas(artifactId, versionDir.resolve(base + "-javadoc.jar"), "index.html");
    }
  }

  private Path onlyVersionDir(String artifactId) throws IOException {
    Path dir = repo.resolve(GROUP_PATH).resolve(artifactId);
    if (!Files.isDirectory(dir)) {
      breaches.add(artifactId + ": not deployed");
      return null;
    }
    try (Stream<Path> children = Files.list(dir)) {
      List<Path> versions = children.filter(Files::isDirectory).toList();
      if (versions.size() != 1) {
        breaches.add(artifactId + ": expected one version directory, found " + versions.size());
        return null;
      }
      return versions.get(0);
    }
  }

  /** The POM of the last deployment (a snapshot deployment names its files with a timestamp). */
  private static Path newestPom(Path versionDir) throws IOException {
    try (Stream<Path> files = Files.list(versionDir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".pom")).sorted().reduce((a, b) -> b).orElse(null);
    }
  }

  private void checkPom(String artifactId, Path pom) throws Exception {
    List<Element> chain = pomChain(pom);
    for (String path : List.of("name", "description", "url", "licenses/license/name", "licenses/license/url",
        "developers/developer/name", "scm/url", "scm/connection")) {
      boolean found = false;
      for (Element project : chain) {
        String value = text(project, path.split("/"));
        if (value != null && !value.isBlank()) {
          found = true;
          break;
        }
      }
      if (!found) {
        breaches.add(artifactId + ": POM has no <" + path.replace("/", "><") + ">, nor has its parent");
      }
    }
  }

  /** The POM and its deployed parents, nearest first. */
  private List<Element> pomChain(Path pom) throws Exception {
    List<Element> chain = new ArrayList<>();
    Path current = pom;
    while (current != null) {
      Element project = parse(current).getDocumentElement();
      chain.add(project);
      String parentId = text(project, "parent", "artifactId");
      String parentVersion = text(project, "parent", "version");
      current = null;
      if (parentId != null && parentVersion != null) {
        Path parentDir = repo.resolve(GROUP_PATH).resolve(parentId).resolve(parentVersion);
        if (Files.isDirectory(parentDir)) {
          current = newestPom(parentDir);
        } else {
          breaches.add(pom.getFileName() + ": its parent " + parentId + ":" + parentVersion + " is not deployed");
        }
      }
    }
    return chain;
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  /** The text of the first element at the path of direct children, or null. */
  private static String text(Element from, String... path) {
    Element current = from;
    for (String name : path) {
      Element next = null;
      for (Node n = current.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && e.getTagName().equals(name)) {
          next = e;
          break;
        }
      }
      if (next == null) {
        return null;
      }
      current = next;
    }
    return current.getTextContent().trim();
  }

  private void checkSignedAndSummed(String artifactId, Path file) throws Exception {
    filesChecked++;
    byte[] content = Files.readAllBytes(file);
    for (String algorithm : List.of("MD5", "SHA-1")) {
      Path sum = file.resolveSibling(file.getFileName() + "." + algorithm.replace("-", "").toLowerCase());
      if (!Files.isRegularFile(sum)) {
        breaches.add(artifactId + ": missing " + sum.getFileName());
        continue;
      }
      String expected = Files.readString(sum, StandardCharsets.US_ASCII).trim().split("\\s+")[0];
      String actual = digest(algorithm, content);
      if (!expected.equalsIgnoreCase(actual)) {
        breaches.add(artifactId + ": " + sum.getFileName() + " says " + expected + ", the file's is " + actual);
      }
    }
    Path asc = file.resolveSibling(file.getFileName() + ".asc");
    if (!Files.isRegularFile(asc)) {
      breaches.add(artifactId + ": missing signature " + asc.getFileName());
      return;
    }
    Process gpg = new ProcessBuilder("gpg", "--batch", "--status-fd", "1", "--verify", asc.toString(), file.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String status;
    try (InputStream out = gpg.getInputStream()) {
      status = new String(out.readAllBytes(), StandardCharsets.UTF_8);
    }
    int exit = gpg.waitFor();
    if (exit != 0 || !status.contains("[GNUPG:] VALIDSIG " + fingerprint)) {
      breaches.add(artifactId + ": " + asc.getFileName() + " does not verify as signed by " + fingerprint + " (gpg exit " + exit + ")");
    }
  }

  private void checkZipHas(String artifactId, Path zip, String suffix) throws IOException {
    if (!Files.isRegularFile(zip)) {
      return;
    }
    try (ZipFile z = new ZipFile(zip.toFile())) {
      if (z.stream().noneMatch(e -> e.getName().endsWith(suffix))) {
        breaches.add(artifactId + ": " + zip.getFileName() + " has no " + suffix + " entry");
      }
    }
  }

  private static String digest(String algorithm, byte[] content) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
  }
}
