package org.xiangli.kiosk.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xiangli.kiosk.toml.TomlAssertions.assertError;
import static org.xiangli.kiosk.toml.TomlAssertions.value;

import org.junit.jupiter.api.Test;

/** Integers, floats and booleans. */
class TomlNumbersTest {

    @Test
    void decimalIntegersTakeASignAndUnderscoresBetweenDigits() {
        assertEquals(99L, value("+99"));
        assertEquals(42L, value("42"));
        assertEquals(0L, value("0"));
        assertEquals(0L, value("-0"));
        assertEquals(-17L, value("-17"));
        assertEquals(5_349_221L, value("5_349_221"));
        assertEquals(12_345L, value("1_2_3_4_5"));
    }

    @Test
    void integersAre64BitsAndBeyondIsAnError() {
        assertEquals(Long.MAX_VALUE, value("9223372036854775807"));
        assertEquals(Long.MIN_VALUE, value("-9223372036854775808"));
        assertError("v = 9223372036854775808", 1, 5, "'9223372036854775808' is out of range: integers are 64 bits");
        assertError("v = -9223372036854775809", 1, 5, "out of range");
        assertError("v = 0x8000000000000000", 1, 5, "out of range");
    }

    @Test
    void hexOctalAndBinaryIntegersHaveNoSign() {
        assertEquals(0xDEADBEEFL, value("0xDEADBEEF"));
        assertEquals(0xDEADBEEFL, value("0xdead_beef"));
        assertEquals(0x7FFFFFFFFFFFFFFFL, value("0x7FFFFFFFFFFFFFFF"));
        assertEquals(342_391L, value("0o01234567"));
        assertEquals(0b11010110L, value("0b11010110"));
        assertError("v = +0x10", 1, 5, "'+0x10' is not a number");
        assertError("v = 0X10", 1, 5, "is not a number");
        assertError("v = 0o8", 1, 5, "after 0o come base-8 digits");
        assertError("v = 0b102", 1, 5, "after 0b come base-2 digits");
        assertError("v = 0x", 1, 5, "after 0x come base-16 digits");
    }

    @Test
    void leadingZerosAndStrayUnderscoresAreErrors() {
        assertError("v = 00", 1, 5, "'00' is not a number: it cannot start with 0");
        assertError("v = 017", 1, 5, "cannot start with 0");
        assertError("v = -01", 1, 5, "cannot start with 0");
        assertError("v = 1__000", 1, 5, "'_' may stand only between two digits");
        assertError("v = _1", 1, 5, "'_1' is not a value");
        assertError("v = 1_", 1, 5, "'_' may stand only between two digits");
        assertError("v = 0x_1", 1, 5, "is not a number");
    }

    @Test
    void floatsHaveAFractionAnExponentOrBoth() {
        assertEquals(1.0, value("+1.0"));
        assertEquals(3.1415, value("3.1415"));
        assertEquals(-0.01, value("-0.01"));
        assertEquals(5e+22, value("5e+22"));
        assertEquals(1e06, value("1e06"));
        assertEquals(-2E-2, value("-2E-2"));
        assertEquals(6.626e-34, value("6.626e-34"));
        assertEquals(224_617.445_991_228, value("224_617.445_991_228"));
        assertEquals(1.5e10, value("1.5e1_0"));
        assertEquals(-0.0, value("-0.0"));
        assertEquals(0.0, value("+0.0"));
    }

    @Test
    void infinityAndNanAreFloatsWithOrWithoutASign() {
        assertEquals(Double.POSITIVE_INFINITY, value("inf"));
        assertEquals(Double.POSITIVE_INFINITY, value("+inf"));
        assertEquals(Double.NEGATIVE_INFINITY, value("-inf"));
        assertEquals(Double.NaN, value("nan"));
        assertEquals(Double.NaN, value("-nan"));
        assertError("v = Inf", 1, 5, "'Inf' is not a value: text must be in quotes");
    }

    @Test
    void aMalformedFloatSaysWhatIsWrong() {
        assertError("v = 1.", 1, 5, "'1.' is not a number: a '.' must have digits on both sides");
        assertError("v = .5", 1, 5, "is not a number");
        assertError("v = 1.e5", 1, 5, "a '.' must have digits on both sides");
        assertError("v = 1e", 1, 5, "an 'e' must be followed by digits");
        assertError("v = 1e5.5", 1, 5, "the exponent must be a whole number");
        assertError("v = 01.5", 1, 5, "cannot start with 0");
        assertError("v = 1.2.3", 1, 5, "is not a number");
        assertError("v = 1e400", 1, 5, "'1e400' is too large for a float");
    }

    @Test
    void booleansAreLowerCase() {
        assertEquals(Boolean.TRUE, value("true"));
        assertEquals(Boolean.FALSE, value("false"));
        assertError("v = True", 1, 5, "'True' is not a value: text must be in quotes, e.g. \"True\"");
    }

    @Test
    void textWithoutQuotesIsExplained() {
        assertError("[display]\norientation = portrait\n", 2, 15,
                "'portrait' is not a value: text must be in quotes, e.g. \"portrait\"");
        assertError("name = 柳溪村\n", 1, 8, "found '柳': text must be in quotes");
        assertError("v = \n", 1, 5, "expected a value after v =");
        assertError("v = ?", 1, 5, "expected a value (text in quotes, a number, true or false, a date, [...] or"
                + " { ... }), found '?'");
    }
}
