      * Floating-point, boolean and zero-terminated literals: what
      * DISPLAY shows (cobc keeps the mantissa's digits and moves the
      * point) and the value a MOVE or COMPUTE stores.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. LITERALS-FLOATING.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 X PIC 9(5)V9(3).
       01 Z PIC X(4).
       PROCEDURE DIVISION.
           DISPLAY 1.23E0 " " +1.23E0 " " -1.23E0
           DISPLAY 12.3E-2 " " +12.3E-2 " " -12.3E-2
           DISPLAY 0.0E0 " " 00.10E1 " " 1.5E+1 " " 7.25E2
           DISPLAY 1.230E-2 " " 12.34E1 " " .5e1 " " 1.0E-1
           DISPLAY B'0101' " " B'1' " " B'0' " " BX'EC' " " BX'00'
           MOVE 1.5E2 TO X DISPLAY X
           COMPUTE X = 2.5E-1 * 4 + B'11' DISPLAY X
           MOVE Z'AB' TO Z
           DISPLAY FUNCTION LENGTH (Z'AB')
           IF Z = X'41420020' DISPLAY "Z OK" END-IF
           STOP RUN.
