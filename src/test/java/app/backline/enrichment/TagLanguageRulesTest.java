package app.backline.enrichment;

import static app.backline.enrichment.TagExpectations.assertTags;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** German, Spanish and French words for each tag. */
class TagLanguageRulesTest {

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', commentCharacter = '^', textBlock = """
            Unsere neue Single ist da – jetzt überall streamen        => release
            Das neue Album erscheint im Herbst                         => release
            Die Platte ist ab sofort überall erhältlich                => release
            Neue Tourdaten! Karten gibt es im Vorverkauf               => show
            Heute Abend spielen wir im Knust                           => show
            Das Konzert in Wien ist ausverkauft                        => show
            Neue Shirts und signierte Poster im Onlineshop             => merch
            Limitierte Auflage auf Kassette                            => merch
            Danke für das schöne Gespräch, das Interview ist online    => press
            Eine tolle Rezension im Rolling Stone                      => press
            """)
    void german(String caption, String expected) {
        assertTags(expected, caption);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', commentCharacter = '^', textBlock = """
            Nuevo sencillo ya disponible                                   => release
            Nuestro nuevo álbum sale el viernes, escúchalo                  => release
            Primer disco en todas las plataformas                           => release
            Gira por Latinoamérica: boletos a la venta                      => show
            Concierto esta noche, últimas entradas en taquilla              => show
            Entradas agotadas en Bilbao                                     => show
            Sudaderas y camisetas en la tienda                              => merch
            Vinilo firmado, edición limitada de 200 ejemplares              => merch
            Gracias por la entrevista y por invitarnos al programa          => press
            Una reseña preciosa en la revista de este mes                   => press
            """)
    void spanish(String caption, String expected) {
        assertTags(expected, caption);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', commentCharacter = '^', textBlock = """
            Nouveau single disponible maintenant                         => release
            Notre nouvel album sort le 4 avril, en écoute partout          => release
            Premier EP dispo partout                                       => release
            Tournée d'automne : billets en vente vendredi                  => show
            Ce soir sur scène à Nantes                                     => show
            C'est complet à Lyon, merci !                                  => show
            Vinyle dédicacé et affiche en édition limitée sur la boutique  => merch
            Les nouveaux sweats sont arrivés                               => merch
            Un entretien dans le magazine de ce mois                       => press
            Une chronique de l'album, et une émission à réécouter          => press
            """)
    void french(String caption, String expected) {
        assertTags(expected, caption);
    }
}
