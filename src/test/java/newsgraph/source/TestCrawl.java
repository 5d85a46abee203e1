package newsgraph.source;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A crawl written by the WARC library itself (jwarc), as a crawler writes one: requests, HTML responses, a
 * redirect, a PDF, a revisit, an error page. Test code; {@code .warc.gz} names are gzipped record by record.
 */
public final class TestCrawl {

    private final List<WarcRecord> records = new ArrayList<>();

    public TestCrawl page(String url, Instant fetched, String html) throws IOException {
        return response(url, fetched, 200, "OK", MediaType.parse("text/html; charset=utf-8"),
                html.getBytes(StandardCharsets.UTF_8));
    }

    public TestCrawl response(String url, Instant fetched, int status, String reason, MediaType type, byte[] body)
            throws IOException {
        records.add(new WarcRequest.Builder(URI.create(url)).date(fetched)
                .body(new HttpRequest.Builder("GET", URI.create(url).getRawPath()).addHeader("Host",
                        URI.create(url).getHost()).build()).build());
        HttpResponse http = new HttpResponse.Builder(status, reason).body(type, body).build();
        records.add(new WarcResponse.Builder(URI.create(url)).date(fetched).body(http).build());
        return this;
    }

    public TestCrawl redirect(String url, Instant fetched, String location) throws IOException {
        HttpResponse http = new HttpResponse.Builder(301, "Moved Permanently").addHeader("Location", location)
                .body(MediaType.HTML, "<html><body>Moved</body></html>".getBytes(StandardCharsets.UTF_8)).build();
        records.add(new WarcResponse.Builder(URI.create(url)).date(fetched).body(http).build());
        return this;
    }

    public TestCrawl pdf(String url, Instant fetched) throws IOException {
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        return response(url, fetched, 200, "OK", MediaType.parse("application/pdf"), pdf);
    }

    public TestCrawl error(String url, Instant fetched, int status) throws IOException {
        return response(url, fetched, status, "Not Found", MediaType.HTML,
                "<html><body><h1>Page not found</h1><p>Sorry.</p></body></html>".getBytes(StandardCharsets.UTF_8));
    }

    /** A revisit: the same payload as an earlier capture, so no body. */
    public TestCrawl revisit(String url, Instant fetched) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html").build();
        records.add(new WarcRevisit.Builder(URI.create(url), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1).date(fetched)
                .body(http).build());
        return this;
    }

    /** Writes the records; a name ending in {@code .gz} is gzipped, one member per record. */
    public Path write(Path file) throws IOException {
        WarcCompression compression = file.getFileName().toString().endsWith(".gz") ? WarcCompression.GZIP
                : WarcCompression.NONE;
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            for (WarcRecord r : records) {
                writer.write(r);
            }
        }
        return file;
    }

    /**
     * A news page as publishers write them: JSON-LD with the headline, date, author and publisher, Open Graph tags,
     * navigation and a footer around the article.
     */
    public static String newsPage(String url, String outlet, String published, String author, String headline,
                                  String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("      <p>").append(p).append("</p>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>%5$s | %2$s</title>
                  <meta property="og:title" content="%5$s">
                  <meta property="og:site_name" content="%2$s">
                  <meta property="og:url" content="%1$s">
                  <script type="application/ld+json">
                  {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "%5$s",
                   "datePublished": "%3$s", "url": "%1$s",
                   "author": {"@type": "Person", "name": "%4$s"},
                   "publisher": {"@type": "Organization", "name": "%2$s"}}
                  </script>
                </head>
                <body>
                  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
                  <article>
                    <h1>%5$s</h1>
                    <p class="byline">By %4$s</p>
                %6$s  </article>
                  <footer>Copyright %2$s</footer>
                </body>
                </html>
                """.formatted(url, outlet, published, author, headline, body);
    }
}
