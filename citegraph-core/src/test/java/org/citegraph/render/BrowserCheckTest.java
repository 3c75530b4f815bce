package org.citegraph.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Opens the HTML reports in a real browser (Debian's headless Chromium, installed by {@code .ci/run}) and checks
 * what a person would see: the screenshot has the asked size and is not blank, the page holds the key text, and,
 * measured by the browser itself, no text of the pictures runs outside its picture, no timeline label runs into
 * the plot and no two names of the co-author network overlap. Skipped when {@code /usr/bin/chromium} is absent; the
 * real-data report is skipped when the staeiou TSVs are absent. Screenshots are left in {@code target/browser}
 * (the ones in {@code docs/img} are these, see {@code docs/report.md}).
 */
@Tag("slow")
@Tag("browser")
class BrowserCheckTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path OUT = Path.of("target", "browser");
  static final int WIDTH = 1280;
  static final int HEIGHT = 2000;
  private static final long TIMEOUT_SECONDS = 120;

  /**
   * Measures the laid-out pictures in the page and writes the problems (or "OK") into an element
   * {@code #layout-check}, which {@code --dump-dom} then shows.
   */
  static final String LAYOUT_CHECK = """
      <script>(function () {
        var out = [];
        document.querySelectorAll('svg').forEach(function (svg, si) {
          var w = svg.viewBox.baseVal.width, h = svg.viewBox.baseVal.height;
          svg.querySelectorAll('text').forEach(function (t) {
            var b = t.getBBox();
            if (b.width > 0 && (b.x < -0.5 || b.y < -0.5 || b.x + b.width > w + 0.5 || b.y + b.height > h + 0.5)) {
              out.push('outside picture ' + si + ': ' + t.textContent);
            }
          });
          var axis = svg.querySelector('g.axis line');
          if (axis) {
            var ax = axis.x1.baseVal.value;
            var labels = 'g.thread > text:not(.paper-title), g.single > text:not(.paper-title)';
            svg.querySelectorAll(labels).forEach(function (t) {
              var b = t.getBBox();
              if (b.x + b.width > ax) { out.push('label runs into the plot: ' + t.textContent); }
            });
          }
          var names = Array.prototype.slice.call(svg.querySelectorAll('text.name, text.label'));
          for (var i = 0; i < names.length; i++) {
            for (var j = i + 1; j < names.length; j++) {
              var a = names[i].getBBox(), c = names[j].getBBox();
              if (a.x < c.x + c.width - 0.5 && c.x < a.x + a.width - 0.5 && a.y < c.y + c.height - 0.5
                  && c.y < a.y + a.height - 0.5) {
                out.push('overlap: ' + names[i].textContent + ' / ' + names[j].textContent);
              }
            }
          }
        });
        var pre = document.createElement('pre');
        pre.id = 'layout-check';
        pre.textContent = out.length ? out.join('\\n') : 'OK';
        document.body.appendChild(pre);
      })();</script>
      """;

  @BeforeAll
  static void needsChromium() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + " (Debian package chromium)");
    Files.createDirectories(OUT);
  }

  @Test
  void theSampleReportLooksRight() throws Exception {
    Corpus corpus = CiteGraph.loadSamples();
    HtmlReport report = HtmlReport.of(corpus, corpus.author("Niru Maheswaranathan"));
    check(report.render(), "sample-report", List.of("Niru Maheswaranathan", "Luke Metz",
        "Co-authors of Niru Maheswaranathan", "Research threads of Niru Maheswaranathan", "learned optimizer"));
  }

  @Test
  void aRealDataReportLooksRight() throws Exception {
    assumeTrue(RealData.report().isPresent(), "the staeiou TSVs are absent");
    Corpus corpus = RealData.corpus().orElseThrow();
    String topCollaborator = corpus.collaborators(corpus.author(RealData.AUTHOR)).top().coauthor()
        .displayName(); // the heaviest link must be in the page, as the corpus names that person
    check(RealData.report().get().render(), "real-data-report", List.of(RealData.AUTHOR, topCollaborator,
        "Research threads of " + RealData.AUTHOR, "single papers", "Topics of the corpus"));
  }

  private static void check(String html, String name, List<String> keyText) throws Exception {
    Path page = OUT.resolve(name + ".html").toAbsolutePath();
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path png = OUT.resolve(name + ".png").toAbsolutePath();
    Files.deleteIfExists(png);
    chromium("--screenshot=" + png, "--window-size=" + WIDTH + "," + HEIGHT, "--hide-scrollbars",
        page.toUri().toString());
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(WIDTH, image.getWidth());
    assertEquals(HEIGHT, image.getHeight());
    // Not blank: the luminance varies, and a fair share of pixels is ink, not background.
    double sum = 0;
    double squares = 0;
    long ink = 0;
    long n = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y);
        double lum = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
        sum += lum;
        squares += lum * lum;
        ink += lum < 200 ? 1 : 0;
        n++;
      }
    }
    double mean = sum / n;
    double sd = Math.sqrt(squares / n - mean * mean);
    assertTrue(sd > 15, name + ": the screenshot is nearly uniform (sd " + sd + ")");
    assertTrue(ink > n / 100, name + ": less than 1% ink (" + ink + " of " + n + ")");

    // The DOM after the page's scripts ran, with a measuring script added to a copy of the page.
    Path measured = OUT.resolve(name + "-measured.html").toAbsolutePath();
    Files.writeString(measured, html.replace("</body>", LAYOUT_CHECK + "</body>"), StandardCharsets.UTF_8);
    String dom = chromium("--dump-dom", measured.toUri().toString());
    for (String text : keyText) {
      assertTrue(dom.contains(text), name + ": '" + text + "' is not in the page");
    }
    int from = dom.indexOf("<pre id=\"layout-check\">");
    assertTrue(from >= 0, name + ": the layout check did not run");
    String result = dom.substring(from + "<pre id=\"layout-check\">".length(), dom.indexOf("</pre>", from));
    assertEquals("OK", result, name + ": layout problems in the browser");
  }

  /** Runs headless Chromium with a fresh profile and no network services; returns what it prints. */
  private static String chromium(String... args) throws Exception {
    Path profile = Files.createTempDirectory("citegraph-chromium");
    try {
      List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
          "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
      command.addAll(List.of(args));
      Path stdout = Files.createTempFile("citegraph-chromium", ".out");
      Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
      }
      String out = Files.readString(stdout, StandardCharsets.UTF_8);
      Files.delete(stdout);
      assertEquals(0, p.exitValue(), "chromium failed: " + command);
      return out;
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
