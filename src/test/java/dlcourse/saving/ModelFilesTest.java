package dlcourse.saving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.data.Sequences;
import dlcourse.data.SyntheticData;
import dlcourse.nets.Mlp;
import dlcourse.nets.Transformer;
import dlcourse.train.TrainFixtures;
import dlcourse.train.Trainer;
import java.nio.file.Path;
import java.util.Map;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.dataset.DataSet;

class ModelFilesTest {

    @TempDir
    Path folder;

    private final DataSet moons = SyntheticData.moons(100, 0.15, 1);

    private static Trainer trainer(int epochs) {
        return Trainer.builder().epochs(epochs).live(false).build();
    }

    @Test
    void aLoadedNetworkGivesTheSameOutputs() {
        MultiLayerNetwork net = Mlp.classifier(2, 2, 16);
        trainer(5).fit(net, moons);
        Path file = folder.resolve("models/moons.zip"); // the folder is created
        ModelFiles.save(net, file.toString());
        MultiLayerNetwork loaded = ModelFiles.load(file.toString());
        assertEquals(net.output(moons.getFeatures()), loaded.output(moons.getFeatures()));
        assertEquals(net.getLayerWiseConfigurations(), loaded.getLayerWiseConfigurations());
    }

    @Test
    void trainingALoadedNetworkContinuesExactlyWhereItStopped() {
        // The optimizer's state (Adam's running averages) and step count are saved too, so 3 + 2
        // epochs with a save in between give what 3 + 2 epochs without one give.
        MultiLayerNetwork straight = Mlp.classifier(2, 2, 16);
        trainer(3).fit(straight, moons);
        Path file = folder.resolve("halfway.zip");
        ModelFiles.save(straight, file);
        MultiLayerNetwork resumed = ModelFiles.load(file);
        trainer(2).fit(straight, moons);
        trainer(2).fit(resumed, moons);
        assertEquals(straight.params(), resumed.params());
    }

    @Test
    void loadsCnnsAndRecurrentNetworksWithTheirInputShapes() {
        for (MultiLayerNetwork net : new MultiLayerNetwork[] {TrainFixtures.cnn(8, 2), TrainFixtures.sequenceClassifier(1, 2)}) {
            DataSet data = net.getnLayers() == 3 ? TrainFixtures.bars(10, 8, 1) : TrainFixtures.sumSign(10, 5, 1);
            trainer(1).fit(net, data);
            Path file = folder.resolve("net" + net.getnLayers() + ".zip");
            ModelFiles.save(net, file);
            MultiLayerNetwork loaded = ModelFiles.load(file);
            assertEquals(net.output(data.getFeatures()), loaded.output(data.getFeatures()));
        }
    }

    @Test
    void loadsATransformerWithItsOwnLayers() {
        DataSet copies = Sequences.delayedCopy(20, 8, 2, 4, 1);
        MultiLayerNetwork net = Transformer.builder().tokens(4).length(8).size(8).heads(2).outputs(4).build();
        trainer(1).fit(net, copies);
        Path file = folder.resolve("transformer.zip");
        ModelFiles.save(net, file);
        MultiLayerNetwork loaded = ModelFiles.load(file);
        assertEquals(net.getLayerWiseConfigurations(), loaded.getLayerWiseConfigurations());
        assertEquals(net.output(copies.getFeatures()), loaded.output(copies.getFeatures()));
    }

    @Test
    void ourLayersKeepEverySettingInTheJsonConfiguration() {
        String json = Transformer.builder().tokens(4).length(8).size(8).heads(2).feedForward(12).causal(true)
                .outputs(4).build().getLayerWiseConfigurations().toJson();
        for (String setting : new String[] {"\"size\" : 8", "\"heads\" : 2", "\"feedForward\" : 12",
                "\"length\" : 8", "\"causal\" : true"}) {
            assertTrue(json.contains(setting), setting + " missing from " + json);
        }
        assertEquals(json, MultiLayerConfiguration.fromJson(json).toJson());
    }

    @Test
    void readsFilesWrittenByPlainDl4jAndPlainDl4jReadsOurs() throws Exception {
        MultiLayerNetwork net = Mlp.classifier(2, 3, 8);
        Path theirs = folder.resolve("theirs.zip");
        ModelSerializer.writeModel(net, theirs.toFile(), true);
        assertEquals(net.params(), ModelFiles.load(theirs).params());
        Path ours = folder.resolve("ours.zip");
        ModelFiles.save(net, ours);
        assertEquals(net.params(), ModelSerializer.restoreMultiLayerNetwork(ours.toFile()).params());
        assertEquals(java.util.Set.of("configuration.json", "coefficients.bin", "updaterState.bin"),
                ModelZips.entries(ours).keySet());
    }

    @Test
    void savingOverAnExistingFileReplacesIt() {
        Path file = folder.resolve("net.zip");
        ModelFiles.save(Mlp.classifier(2, 2, 4), file);
        MultiLayerNetwork second = Mlp.classifier(2, 3, 5);
        ModelFiles.save(second, file);
        assertEquals(second.params(), ModelFiles.load(file).params());
        assertEquals(1, folder.toFile().list().length, "no temporary file is left behind");
    }

    @Test
    void dl4jsOwnLoaderWouldRunCodeHiddenInTheFileWhichIsWhyWeRefuseIt() throws Exception {
        // The threat is real: ModelSerializer deserializes preprocessor.bin, and the object's code runs.
        Path file = folder.resolve("trap.zip");
        ModelFiles.save(Mlp.classifier(2, 2, 4), file);
        Map<String, byte[]> entries = ModelZips.entries(file);
        entries.put("preprocessor.bin", ModelZips.serialized(new SerializedTrap()));
        ModelZips.write(file, entries);

        SerializedTrap.triggered = false;
        assertThrows(RuntimeException.class, () -> ModelSerializer.restoreMultiLayerNetwork(file.toFile()));
        assertTrue(SerializedTrap.triggered, "DL4J ran readObject of the object in the file");
        SerializedTrap.triggered = false;
    }
}
