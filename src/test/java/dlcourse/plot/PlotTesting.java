package dlcourse.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.w3c.dom.Document;

/**
 * What the plot tests share: decoding a figure's PNG and SVG, keeping a copy of every figure
 * under target/plot-samples to look at, and small made-up data (digit images, a tiny CNN).
 */
final class PlotTesting {

    static final Path SAMPLES = Path.of("target", "plot-samples");

    private PlotTesting() {
    }

    /** A rendered figure: its PNG decoded, its SVG parsed, both checked to be what they claim. */
    record Rendered(BufferedImage png, Document svg, String svgText) {
    }

    /** Renders both formats, checks them, and keeps a copy as target/plot-samples/{name}.png/.svg. */
    static Rendered render(Figure figure, String name) throws Exception {
        figure.save(SAMPLES.resolve(name + ".png"));
        figure.save(SAMPLES.resolve(name + ".svg"));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(figure.toPng()));
        assertEquals(Figure.PNG_SCALE * figure.width(), png.getWidth(), "PNG width");
        assertEquals(Figure.PNG_SCALE * figure.height(), png.getHeight(), "PNG height");
        String text = figure.toSvg();
        Document svg = parse(text);
        assertEquals("svg", svg.getDocumentElement().getNodeName());
        assertEquals("0 0 " + figure.width() + " " + figure.height(),
                svg.getDocumentElement().getAttribute("viewBox"));
        return new Rendered(png, svg, text);
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The SVG names the W3C DTD; never fetch it (tests run offline).
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setValidating(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** All the text the SVG shows, element by element, joined by newlines. */
    static String svgTexts(Document svg) {
        StringBuilder s = new StringBuilder();
        org.w3c.dom.NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            s.append(texts.item(i).getTextContent()).append('\n');
        }
        return s.toString();
    }

    /** How an SVG names {@code colour}, e.g. "rgb(31,119,180)". */
    static String svgColour(Color colour) {
        return "rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")";
    }

    /** The names of the series a chart shows in its legend. */
    static java.util.List<String> legend(Figure figure) {
        return ((org.knowm.xchart.XYChart) figure.chart()).getSeriesMap().values().stream()
                .filter(s -> s.isShowInLegend()).map(s -> s.getName())
                .collect(java.util.stream.Collectors.toList());
    }

    /** How many pixels are within {@code tolerance} (per channel) of {@code colour}. */
    static int count(BufferedImage image, Color colour, int tolerance) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (near(image.getRGB(x, y), colour, tolerance)) {
                    n++;
                }
            }
        }
        return n;
    }

    static boolean near(int rgb, Color colour, int tolerance) {
        Color c = new Color(rgb);
        return Math.abs(c.getRed() - colour.getRed()) <= tolerance
                && Math.abs(c.getGreen() - colour.getGreen()) <= tolerance
                && Math.abs(c.getBlue() - colour.getBlue()) <= tolerance;
    }

    /** Share of pixels that are not white. */
    static double inked(BufferedImage image) {
        return 1 - (double) count(image, Color.WHITE, 0) / (image.getWidth() * image.getHeight());
    }

    static void assertInked(BufferedImage image) {
        double inked = inked(image);
        assertTrue(inked > 0.01, "the figure should not be blank, but only " + inked + " is drawn");
    }

    /**
     * {@code count} images of the digits 0–9 in turn, white on black, {@code side} × {@code side},
     * each shifted a little at random: flat rows with values in [0, 1], like MNIST.
     */
    static INDArray digits(int count, int side, long seed) {
        Random random = new Random(seed);
        float[][] rows = new float[count][side * side];
        for (int i = 0; i < count; i++) {
            BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) (side * 0.85)));
            String digit = Integer.toString(i % 10);
            int w = g.getFontMetrics().stringWidth(digit);
            int dx = random.nextInt(3) - 1;
            int dy = random.nextInt(3) - 1;
            g.drawString(digit, (side - w) / 2 + dx, (int) (side * 0.82) + dy);
            g.dispose();
            for (int k = 0; k < side * side; k++) {
                rows[i][k] = (image.getRaster().getSample(k % side, k / side, 0)) / 255f;
            }
        }
        return Nd4j.create(rows);
    }

    /** A small CNN on 12×12 images: convolution (6 filters, 5×5), pooling, convolution, output. */
    static MultiLayerNetwork smallCnn() {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .seed(42)
                .list()
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(6).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                        .kernelSize(2, 2).stride(2, 2).build())
                .layer(new ConvolutionLayer.Builder(2, 2).nOut(4).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutionalFlat(12, 12, 1))
                .build());
        net.init();
        return net;
    }
}
