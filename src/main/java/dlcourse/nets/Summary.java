package dlcourse.nets;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BaseRecurrentLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.conf.layers.wrapper.BaseWrapperLayer;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A network's layers at a glance, one row each: {@code layer} (its index), {@code type} (the DL4J
 * layer, with the wrapped layer in brackets), {@code output shape} (of one example, without the batch
 * dimension: {@code [units]}, {@code [channels, height, width]} or {@code [units, time]}) and
 * {@code parameters} (weights and biases). The table's name gives the total. It works for any
 * {@link MultiLayerNetwork}, ours or built by hand.
 *
 * <pre>{@code
 * Summary.of(Cnn.classifier(28, 28, 10))      // in a notebook, the table prints as the cell's result
 * System.out.println(Summary.text(net));       // every row, as text
 * }</pre>
 */
public final class Summary {

    public static final String LAYER = "layer";
    public static final String TYPE = "type";
    public static final String OUTPUT_SHAPE = "output shape";
    public static final String PARAMETERS = "parameters";

    private Summary() {
    }

    /** One row per layer; the table's name says how many layers and parameters there are in total. */
    public static Table of(MultiLayerNetwork net) {
        if (net == null) {
            throw new IllegalArgumentException("Summary expected a network but was given null; build one first,"
                    + " e.g. Summary.of(Mlp.classifier(2, 2, 16))");
        }
        MultiLayerConfiguration configuration = net.getLayerWiseConfigurations();
        int count = configuration.getConfs().size();
        List<String> shapes = outputShapes(configuration);
        IntColumn index = IntColumn.create(LAYER);
        StringColumn type = StringColumn.create(TYPE);
        StringColumn shape = StringColumn.create(OUTPUT_SHAPE);
        LongColumn parameters = LongColumn.create(PARAMETERS);
        long total = 0;
        for (int i = 0; i < count; i++) {
            Layer layer = configuration.getConf(i).getLayer();
            long params = parameters(net, configuration.getConf(i), i);
            index.append(i);
            type.append(typeName(layer));
            shape.append(shapes.get(i));
            parameters.append(params);
            total += params;
        }
        String name = count + (count == 1 ? " layer, " : " layers, ")
                + NumberFormat.getIntegerInstance(Locale.ROOT).format(total) + " parameters";
        return Table.create(name, index, type, shape, parameters);
    }

    /** The summary as text: the total, then every row (a table's own text stops after 20 rows). */
    public static String text(MultiLayerNetwork net) {
        return of(net).printAll();
    }

    private static long parameters(MultiLayerNetwork net, NeuralNetConfiguration layer, int i) {
        // Before init() the network has no parameter arrays yet; the configuration can still count them.
        return net.getLayers() != null ? net.getLayer(i).numParams() : layer.getLayer().initializer().numParams(layer);
    }

    private static String typeName(Layer layer) {
        String name = layer.getClass().getSimpleName();
        if (layer instanceof BaseWrapperLayer wrapper) {
            return name + "(" + typeName(wrapper.getUnderlying()) + ")";
        }
        if (layer instanceof FrozenLayer frozen) {
            return name + "(" + typeName(frozen.getLayer()) + ")";
        }
        return name;
    }

    /** Shapes by DL4J's own shape inference where the input is known, otherwise from the layer sizes. */
    private static List<String> outputShapes(MultiLayerConfiguration configuration) {
        int count = configuration.getConfs().size();
        InputType input = inputType(configuration);
        if (input != null) {
            try {
                List<InputType> types = configuration.getLayerActivationTypes(input);
                List<String> shapes = new ArrayList<>();
                for (InputType type : types) {
                    shapes.add(describe(type));
                }
                return shapes;
            } catch (RuntimeException e) {
                // A hand-built configuration DL4J cannot follow: fall back to the sizes below.
            }
        }
        List<String> shapes = new ArrayList<>();
        String previous = "?";
        for (int i = 0; i < count; i++) {
            previous = shapeFromSizes(configuration.getConf(i).getLayer(), previous);
            shapes.add(previous);
        }
        return shapes;
    }

    private static InputType inputType(MultiLayerConfiguration configuration) {
        InputPreProcessor first = configuration.getInputPreProcess(0);
        if (first instanceof FeedForwardToCnnPreProcessor image) {
            return InputType.convolutionalFlat(image.getInputHeight(), image.getInputWidth(),
                    image.getNumChannels());
        }
        if (first != null) {
            return null;
        }
        Layer layer = unwrap(configuration.getConf(0).getLayer());
        if (layer instanceof BaseRecurrentLayer || layer instanceof RnnOutputLayer) {
            return InputType.recurrent(((FeedForwardLayer) layer).getNIn());
        }
        if (layer instanceof ConvolutionLayer || !(layer instanceof FeedForwardLayer)) {
            return null;   // the image size is not in the configuration
        }
        long in = ((FeedForwardLayer) layer).getNIn();
        return in > 0 ? InputType.feedForward(in) : null;
    }

    private static String shapeFromSizes(Layer layer, String previous) {
        if (layer instanceof LastTimeStep last) {
            String inner = shapeFromSizes(last.getUnderlying(), previous);
            return inner.endsWith(", time]") ? inner.replace(", time]", "]") : inner;
        }
        Layer inner = unwrap(layer);
        if (!(inner instanceof FeedForwardLayer sized) || sized.getNOut() <= 0) {
            return inner.getClass().getSimpleName().contains("Dropout") ? previous : "?";
        }
        long out = sized.getNOut();
        if (inner instanceof BaseRecurrentLayer || inner instanceof RnnOutputLayer) {
            return "[" + out + ", time]";
        }
        if (inner instanceof ConvolutionLayer) {
            return "[" + out + ", ?, ?]";
        }
        return "[" + out + "]";
    }

    private static Layer unwrap(Layer layer) {
        while (true) {
            if (layer instanceof BaseWrapperLayer wrapper) {
                layer = wrapper.getUnderlying();
            } else if (layer instanceof FrozenLayer frozen) {
                layer = frozen.getLayer();
            } else {
                return layer;
            }
        }
    }

    private static String describe(InputType type) {
        if (type instanceof InputType.InputTypeFeedForward ff) {
            return "[" + ff.getSize() + "]";
        }
        if (type instanceof InputType.InputTypeRecurrent rnn) {
            return "[" + rnn.getSize() + ", " + (rnn.getTimeSeriesLength() > 0 ? rnn.getTimeSeriesLength() : "time")
                    + "]";
        }
        if (type instanceof InputType.InputTypeConvolutional image) {
            return "[" + image.getChannels() + ", " + image.getHeight() + ", " + image.getWidth() + "]";
        }
        if (type instanceof InputType.InputTypeConvolutionalFlat flat) {
            return "[" + flat.getFlattenedSize() + "]";
        }
        return String.valueOf(type);
    }
}
