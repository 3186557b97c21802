package dlcourse.notebook;

import dlcourse.exercise.CheckResult;
import dlcourse.exercise.Exercise;
import dlcourse.plot.Figure;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Teaches the JJava kernel to show the library's figures, and any XChart chart, as images: a cell
 * whose last expression is a {@link Figure} shows the picture. An exercise's {@link CheckResult}
 * shows as a coloured line, and so does a {@link Claim}. JJava finds this class through
 * {@code META-INF/services/org.dflib.jjava.jupyter.Extension} when the library is on its classpath.
 */
public final class JupyterExtension implements Extension {

    @Override
    public void install(BaseKernel kernel) {
        registerRenderers(kernel.getRenderer());
    }

    /**
     * Adds the figure and check-result renderers to {@code renderer}; public so tests can render
     * without a kernel.
     */
    public static void registerRenderers(Renderer renderer) {
        renderer.createRegistration(Figure.class)
                .preferring(MIMEType.IMAGE_PNG, MIMEType.TEXT_PLAIN)
                .supporting(MIMEType.IMAGE_PNG, MIMEType.IMAGE_SVG, MIMEType.TEXT_PLAIN)
                .register(JupyterExtension::render);
        // Raw XChart charts get the same treatment, drawn as they are styled.
        renderer.createRegistration(Chart.class)
                .preferring(MIMEType.IMAGE_PNG, MIMEType.TEXT_PLAIN)
                .supporting(MIMEType.IMAGE_PNG, MIMEType.IMAGE_SVG, MIMEType.TEXT_PLAIN)
                .register((chart, context) -> render(Figure.of(chart), context));
        // An exercise check shows as one green, red or grey line, an exercise's question as a
        // framed box, and a claim from the chapter's text that held as one green line.
        registerHtml(renderer, CheckResult.class, CheckResult::toHtml);
        registerHtml(renderer, Exercise.class, Exercise::toHtml);
        registerHtml(renderer, Claim.class, Claim::toHtml);
        // The library's own code a chapter teaches, highlighted.
        registerHtml(renderer, Source.class, Source::toHtml);
    }

    private static <T> void registerHtml(Renderer renderer, Class<T> type, Function<T, String> html) {
        renderer.createRegistration(type)
                .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
                .supporting(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
                .register((value, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> html.apply(value));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, value::toString);
                });
    }

    private static void render(Figure figure, RenderContext context) {
        context.renderIfRequested(MIMEType.IMAGE_PNG, (type, out) -> {
            out.putData(type, Base64.getEncoder().encodeToString(figure.toPng()));
            // The PNG is drawn at twice the size for sharpness; tell the front end its real size. The
            // description becomes the image's alternative text (nbconvert reads "alt" from here).
            out.putMetaData(type, Map.of("width", figure.width(), "height", figure.height(),
                    "alt", figure.description()));
        });
        context.renderIfRequested(MIMEType.IMAGE_SVG, () -> figure.toSvg());
        context.renderIfRequested(MIMEType.TEXT_PLAIN, figure::toString);
    }
}
