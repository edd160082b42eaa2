package io.corroborate.analysis.lexicon;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * extJWNL builds its dictionary from the class names in {@code net/sf/extjwnl/data/wordnet/wn31/res_properties.xml};
 * a native image must keep those classes reachable by reflection (and the dictionary files as resources, see
 * {@code quarkus.native.resources.includes} in application.properties). Not verified on a native build here: no
 * GraalVM/Mandrel can be installed on the development machine.
 */
@RegisterForReflection(targets = {
    net.sf.extjwnl.dictionary.FileBackedDictionary.class,
    net.sf.extjwnl.dictionary.file_manager.FileManagerImpl.class,
    net.sf.extjwnl.dictionary.morph.DefaultMorphologicalProcessor.class,
    net.sf.extjwnl.dictionary.morph.DetachSuffixesOperation.class,
    net.sf.extjwnl.dictionary.morph.LookupExceptionsOperation.class,
    net.sf.extjwnl.dictionary.morph.LookupIndexWordOperation.class,
    net.sf.extjwnl.dictionary.morph.TokenizerOperation.class,
    net.sf.extjwnl.princeton.data.PrincetonWN17FileDictionaryElementFactory.class,
    net.sf.extjwnl.princeton.file.PrincetonResourceDictionaryFile.class})
final class WordNetNative {

    private WordNetNative() {
    }
}
