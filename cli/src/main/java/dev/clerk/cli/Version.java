package dev.clerk.cli;

import picocli.CommandLine.IVersionProvider;

/** The version of Clerk, from the jar's manifest when there is one. */
final class Version implements IVersionProvider {
    static String current() {
        String v = Clerk.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"clerk " + current()};
    }
}
