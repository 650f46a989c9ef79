package dev.switchboard.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The BOM manages every published module of the build, at the build's version. */
class BomTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void listsEveryPublishedModule() throws Exception {
        List<String> published = new ArrayList<>();
        for (String module : texts(root(ROOT.resolve("pom.xml")), "modules", "module")) {
            Path pom = ROOT.resolve(module).resolve("pom.xml");
            Element project = root(pom);
            boolean notDeployed = Files.readString(pom).contains("<maven.deploy.skip>true</maven.deploy.skip>");
            if (!notDeployed && !"pom".equals(child(project, "packaging"))) {
                published.add(child(project, "artifactId"));
            }
        }

        assertThat(published).as("published modules").contains("switchboard-core", "switchboard-testkit");
        assertThat(managed()).containsAll(published);
    }

    @Test
    void hasTheBuildsVersionAndManagesAtIt() throws Exception {
        Element bom = root(ROOT.resolve("bom").resolve("pom.xml"));

        assertThat(child(bom, "version")).isEqualTo(System.getProperty("switchboard.version"));
        assertThat(texts(bom, "dependencyManagement", "version")).isNotEmpty().containsOnly("${project.version}");
    }

    private static List<String> managed() throws Exception {
        return texts(root(ROOT.resolve("bom").resolve("pom.xml")), "dependencyManagement", "artifactId");
    }

    private static Element root(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    }

    /** The text of a direct child element of {@code parent}, or null. */
    private static String child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().trim();
            }
        }
        return null;
    }

    /** The texts of every {@code name} element inside the {@code section} child of {@code project}. */
    private static List<String> texts(Element project, String section, String name) {
        List<String> texts = new ArrayList<>();
        NodeList sections = project.getElementsByTagName(section);
        for (int i = 0; i < sections.getLength(); i++) {
            NodeList found = ((Element) sections.item(i)).getElementsByTagName(name);
            for (int j = 0; j < found.getLength(); j++) {
                texts.add(found.item(j).getTextContent().trim());
            }
        }
        return texts;
    }
}
