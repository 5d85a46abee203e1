package newsgraph.cli;

import newsgraph.rdf.Detail;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --detail lean|full} option shared by the commands that make article graphs. */
final class DetailOption {

    @Option(names = "--detail", paramLabel = "LEVEL", converter = Level.class,
            description = "How much of each article its graph holds: lean (the default: every statement in full,"
                    + " the entities and the mentions that name them or a speaker) or full (also every pronoun and"
                    + " description mention and the layout blocks). See docs/graph.md.")
    Detail level = Detail.LEAN;

    Detail level() {
        return level;
    }

    static final class Level implements ITypeConverter<Detail> {
        @Override
        public Detail convert(String value) {
            try {
                return Detail.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
