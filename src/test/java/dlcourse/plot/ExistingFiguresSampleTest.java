package dlcourse.plot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.data.SyntheticData;
import dlcourse.nets.Mlp;
import dlcourse.train.History;
import dlcourse.train.Trainer;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

/** The figures of a real training run, as a notebook shows them. */
class ExistingFiguresSampleTest {

    @Test
    void moonsScatterBoundaryAndTrainingCurves() throws Exception {
        DataSet train = SyntheticData.moons(300, 0.15, 1);
        DataSet test = SyntheticData.moons(150, 0.15, 2);
        train.setLabelNames(List.of("upper moon", "lower moon"));
        MultiLayerNetwork net = Mlp.classifier(2, 2, 8);
        History history = Trainer.builder().epochs(15).validation(test).live(false).build().fit(net, train);
        PlotTesting.Rendered scatter = PlotTesting.render(Plots.scatter("Two moons", train), "moons-scatter");
        assertTrue(PlotTesting.count(scatter.png(), Style.color(1), 10) > 100);
        PlotTesting.Rendered boundary = PlotTesting.render(ModelPlots.decisionBoundary(net, train), "moons-boundary");
        PlotTesting.assertInked(boundary.png());
        Figure curves = TrainingPlots.history(history);
        PlotTesting.render(curves, "moons-history");
        assertTrue(curves.toString().startsWith("Figure \"Epoch 15 of 15"), curves.toString());
        PlotTesting.render(NetworkPlots.diagram(net, List.of("x₁", "x₂"), List.of("upper", "lower")),
                "moons-network");
    }
}
