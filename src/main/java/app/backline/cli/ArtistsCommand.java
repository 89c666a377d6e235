package app.backline.cli;

import app.backline.common.UserFacingException;
import app.backline.domain.Artist;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backline artists add|list|rename|remove}: the label's roster. */
@Command(name = "artists", mixinStandardHelpOptions = true, description = "Add, list, rename and remove artists.")
final class ArtistsCommand {

    private final CliContext context;
    private final ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    ArtistsCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an artist to the roster.")
    int add(@Parameters(paramLabel = "NAME", description = "The artist's name (quote it when it has spaces).")
            String name) {
        Artist artist = context.session().roster().add(name);
        context.out().println("Added artist \"" + artist.name() + "\" (id " + artist.id() + ")");
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the artists with their post counts, by name.")
    int list(@Option(names = "--json", description = "One JSON array of {id, name, postCount}.") boolean asJson)
            throws IOException {
        List<Artist> artists = context.session().roster().list();
        if (asJson) {
            writeJson(artists);
        } else {
            context.out().print(ArtistTable.render(artists));
        }
        return 0;
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename an artist.")
    int rename(@Parameters(index = "0", paramLabel = "OLD") String oldName,
               @Parameters(index = "1", paramLabel = "NEW") String newName) {
        Artist artist = context.requireArtist(oldName);
        Artist renamed = context.session().roster().rename(artist.id(), newName);
        context.out().println("Renamed \"" + artist.name() + "\" to \"" + renamed.name() + "\"");
        return 0;
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove an artist with all its accounts, posts and media records.")
    int remove(@Parameters(paramLabel = "NAME") String name,
               @Option(names = "--yes", description = "Confirm the removal.") boolean confirmed) {
        Artist artist = context.requireArtist(name);
        if (!confirmed) {
            throw new UserFacingException(String.format(Locale.ROOT,
                    "Removing \"%s\" deletes its %d posts; add --yes to confirm", artist.name(), artist.postCount()));
        }
        context.session().roster().remove(artist.id());
        context.out().println("Removed \"" + artist.name() + "\"");
        return 0;
    }

    private void writeJson(List<Artist> artists) throws IOException {
        try (JsonGenerator generator = json.getFactory().createGenerator(context.out())) {
            generator.useDefaultPrettyPrinter();
            generator.writeStartArray();
            for (Artist artist : artists) {
                generator.writeStartObject();
                generator.writeNumberField("id", artist.id());
                generator.writeStringField("name", artist.name());
                generator.writeNumberField("postCount", artist.postCount());
                generator.writeEndObject();
            }
            generator.writeEndArray();
        }
        context.out().println();
    }
}
