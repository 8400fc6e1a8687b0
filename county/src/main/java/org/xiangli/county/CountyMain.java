package org.xiangli.county;

/** Placeholder until the hub's commands land. */
public final class CountyMain {
    private CountyMain() {
    }

    public static void main(String[] args) {
    }
}
