package org.jkeras.it.keras;

import java.util.Map;

/**
 * What a layer is, in terms both a Keras config and a built Java layer can state: its Keras class
 * name, its name, the settings that change its output, and its number of parameters. Numbers are
 * kept as float32, the precision Keras stores hyper-parameters in.
 */
record LayerDescription(String type, String name, Map<String, Object> settings, int params) {}
