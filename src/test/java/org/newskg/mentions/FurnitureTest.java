package org.newskg.mentions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureTest {
    @ParameterizedTest
    @ValueSource(strings = {"NASDAQ:ACME", "ACME0.00", "ACME+1.25%", "chart_2024_final", "header-photo.jpg", "www.example.com",
        "Share this VideoFacebookTwitterEmail", "SubtitlesOffEnglishShare", "press@acme.io"})
    void pageFurnitureIsNoName(String name) {
        assertTrue(Furniture.isFurniture(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme", "OrbitLabs", "GlaxoSmithKline", "iQuanta", "Q900", "Orbit-7B", "Jane Doe", "07.AI", "Orbit.ai", "X4.5", "R1.5"})
    void namesAreNotFurniture(String name) {
        assertFalse(Furniture.isFurniture(name), name);
    }
}
