      * PROCEDURE DIVISION CHAINING: without arguments the items keep
      * their VALUE (the probe table runs programs without arguments;
      * tests/runtime/test_invocation.py passes some).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. CHAINING.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 X PIC X(5) VALUE "init".
       01 Y PIC 9(3) VALUE 7.
       01 Z PIC X(3) VALUE "zz".
       PROCEDURE DIVISION CHAINING X Y Z.
           DISPLAY "[" X "][" Y "][" Z "]".
           ACCEPT Z FROM ARGUMENT-VALUE
           DISPLAY "[" Z "]".
           STOP RUN.
