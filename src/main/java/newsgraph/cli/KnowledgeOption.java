package newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import newsgraph.extract.Extractor;
import newsgraph.link.KnowledgePack;
import newsgraph.link.Linker;
import picocli.CommandLine.Option;

/** The {@code --kb FILE} option of the commands that extract: a newsroom's own knowledge pack, linked too. */
final class KnowledgeOption {

    @Option(names = "--kb", paramLabel = "FILE",
            description = "A knowledge pack of your own (the bundled pack's columns, tab-separated; see README),"
                    + " whose people, organisations and places are linked too. May be given several times.")
    List<Path> files = new ArrayList<>();

    /**
     * The extractor followed by linking against the bundled pack and the --kb files.
     *
     * @throws IllegalArgumentException with a one-line message when a --kb file cannot be read or has a wrong line
     */
    Extractor extractor() {
        return Extractor.create().then(linker());
    }

    /** The linker (the --kb files are read here, so that a wrong one is reported before any work). */
    Linker linker() {
        List<KnowledgePack> mine = new ArrayList<>();
        for (Path f : files) {
            mine.add(KnowledgePack.read(f));
        }
        // the bundled pack loads while the extractor's models do (a second or two each)
        CompletableFuture<KnowledgePack> standard = CompletableFuture.supplyAsync(KnowledgePack::standard);
        return new Linker(() -> {
            KnowledgePack pack = standard.join();
            for (KnowledgePack p : mine) {
                pack = pack.with(p);
            }
            return pack;
        });
    }
}
