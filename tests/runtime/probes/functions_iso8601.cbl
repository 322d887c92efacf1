      * The ISO 8601 functions (issue 12): FORMATTED-TIME, -DATETIME,
      * -DATE, -CURRENT-DATE, INTEGER-OF-FORMATTED-DATE,
      * SECONDS-FROM-FORMATTED-TIME, TEST-FORMATTED-DATETIME, with
      * offsets, Z times that move the date, invalid arguments
      * (spaces or 0 and EC-ARGUMENT-FUNCTION) and formats in items.
      * No clock or time zone in the output: FORMATTED-CURRENT-DATE
      * is checked with TEST-FORMATTED-DATETIME.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. fnIso.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 FMT PIC X(30).
       01 VAL PIC X(30).
       01 T PIC 9(5)V9(3) VALUE 45296.125.
       01 D PIC 9(7) VALUE 150846.
       01 R PIC 9(8)V9(9) COMP-5.
       01 STAMP PIC X(40).
       PROCEDURE DIVISION.
      * first and once: libcob adds the fraction to a decimal whose
      * scale the last function left (see docs/interpreter.md)
           MOVE FUNCTION SECONDS-FROM-FORMATTED-TIME
               ("hhmmss.ssssssss", "010203.04050607") TO R.
           DISPLAY R.
           DISPLAY FUNCTION SECONDS-FROM-FORMATTED-TIME
               ("hhmmss" "010203").
           DISPLAY FUNCTION SECONDS-FROM-FORMATTED-TIME
               ("hh:mm:ss+hh:mm" "01:02:03-04:05").
           DISPLAY FUNCTION SECONDS-FROM-FORMATTED-TIME
               ("hhmmss" "250000").
           DISPLAY FUNCTION EXCEPTION-STATUS.
           DISPLAY FUNCTION FORMATTED-TIME ("hhmmss" 3600) "|".
           DISPLAY FUNCTION FORMATTED-TIME ("hh:mm:ss.ssss" T) "|".
           DISPLAY FUNCTION FORMATTED-TIME ("hhmmss.sZ" 45296.78) "|".
           DISPLAY FUNCTION FORMATTED-TIME ("hhmmss.ssZ" T -30) "|".
           DISPLAY FUNCTION FORMATTED-TIME ("hhmmss+hhmm" T -30) "|".
           DISPLAY FUNCTION FORMATTED-TIME ("hh:mm:ss+hh:mm" T -754)
               "|".
           DISPLAY FUNCTION FORMATTED-TIME ("hhmmssZ" 86400 -1) "|".
           DISPLAY FUNCTION FORMATTED-TIME ("hh:mm:ss.ssZ", 0, 120)
               "|".
           DISPLAY FUNCTION FORMATTED-TIME ("hhmmss" 45296) (3:4) "|".
           DISPLAY FUNCTION FORMATTED-TIME ("hhmmssZ" 86401) "|".
           DISPLAY FUNCTION FORMATTED-TIME ("hhmmss+hhmm" 1 1440) "|".
           DISPLAY FUNCTION EXCEPTION-STATUS.
           DISPLAY FUNCTION FORMATTED-DATETIME
               ("YYYYDDDThhmmss.sssssssssZ" 150846 0 1) "|".
           DISPLAY FUNCTION FORMATTED-DATETIME
               ("YYYY-Www-DThh:mm:ssZ" 1 0 1) "|".
           DISPLAY FUNCTION FORMATTED-DATETIME
               ("YYYYMMDDThhmmssZ" 1 0 1) "|".
           DISPLAY FUNCTION FORMATTED-DATETIME
               ("YYYYMMDDThhmmssZ" 3067671 86399 -1) "|".
           DISPLAY FUNCTION FORMATTED-DATETIME
               ("YYYY-MM-DDThh:mm:ss.ss+hh:mm" D T 90) "|".
           DISPLAY FUNCTION FORMATTED-DATETIME
               ("YYYYDDDThhmmss+hhmm" 1 45296) "|".
           DISPLAY FUNCTION FORMATTED-DATETIME
               ("YYYYMMDDThhmmss" 3067672 0) "|".
           DISPLAY FUNCTION FORMATTED-DATE ("YYYYWwwD" 150115) "|".
           DISPLAY FUNCTION FORMATTED-DATE ("YYYY-Www-D" 150844) "|".
           DISPLAY FUNCTION FORMATTED-DATE ("YYYY-DDD" 150844.9) "|".
           DISPLAY FUNCTION FORMATTED-DATE ("YYYYMMDD" 0) "|".
           MOVE "yyyymmdd" TO FMT.
           DISPLAY FUNCTION FORMATTED-DATE (FMT 10) "|".
           MOVE "YYYYDDD extra" TO FMT.
           DISPLAY FUNCTION FORMATTED-DATE (FMT 10) "|".
           MOVE "hhmmss,ss" TO FMT.
           DISPLAY FUNCTION FORMATTED-TIME (FMT 10) "|".
           MOVE "YYYYMMDDThh:mm:ss" TO FMT.
           DISPLAY FUNCTION FORMATTED-DATETIME (FMT 10 10) "|".
           MOVE "YYYYMMDDThhmmss.ss" TO FMT.
           MOVE FUNCTION FORMATTED-CURRENT-DATE (FMT) TO STAMP.
           DISPLAY FUNCTION TEST-FORMATTED-DATETIME (FMT STAMP).
           DISPLAY FUNCTION LENGTH (FUNCTION FORMATTED-CURRENT-DATE
               ("YYYY-MM-DDThh:mm:ss.sssssssss+hh:mm")).
           DISPLAY FUNCTION INTEGER-OF-FORMATTED-DATE
               ("YYYYMMDD" "20130101").
           DISPLAY FUNCTION INTEGER-OF-FORMATTED-DATE
               ("YYYY-Www-D" "2014-W01-1").
           DISPLAY FUNCTION INTEGER-OF-FORMATTED-DATE
               ("YYYYWwwD" "1601W011").
           DISPLAY FUNCTION INTEGER-OF-FORMATTED-DATE
               ("YYYYDDDThhmmss" "2013365T999999").
           DISPLAY FUNCTION INTEGER-OF-FORMATTED-DATE
               ("YYYYDDD" "2013366").
           DISPLAY FUNCTION TEST-FORMATTED-DATETIME
               ("YYYYMMDD" "20130229").
           DISPLAY FUNCTION TEST-FORMATTED-DATETIME
               ("YYYYMMDD" "20120229").
           DISPLAY FUNCTION TEST-FORMATTED-DATETIME
               ("YYYY-MM-DD" "2012-13-01").
           DISPLAY FUNCTION TEST-FORMATTED-DATETIME
               ("YYYYWwwD" "2015W537").
           DISPLAY FUNCTION TEST-FORMATTED-DATETIME
               ("YYYYWwwD" "2014W537").
           DISPLAY FUNCTION TEST-FORMATTED-DATETIME
               ("YYYYDDD" "2012366").
           DISPLAY FUNCTION TEST-FORMATTED-DATETIME
               ("YYYYDDD" "1600001").
           DISPLAY FUNCTION TEST-FORMATTED-DATETIME
               ("hhmmss+hhmm" "1234560000").
           DISPLAY FUNCTION TEST-FORMATTED-DATETIME
               ("hhmmss+hhmm" "12345600000").
           DISPLAY FUNCTION TEST-FORMATTED-DATETIME
               ("hh:mm:ss.ssZ" "23:59:59.9Z").
           DISPLAY FUNCTION TEST-FORMATTED-DATETIME
               ("YYYYMMDDThhmmss" "20130101X123456").
           DISPLAY FUNCTION TEST-FORMATTED-DATETIME
               ("YYYYMMDDThhmmss" "20130101T126456").
           DISPLAY FUNCTION TEST-FORMATTED-DATETIME
               ("YYYYMMDDThhmmss" "20130101T123456  ").
           MOVE "hhmmss" TO FMT. MOVE "12345" TO VAL.
           DISPLAY FUNCTION TEST-FORMATTED-DATETIME (FMT VAL).
           MOVE "hhmmssX" TO FMT.
           DISPLAY FUNCTION TEST-FORMATTED-DATETIME (FMT VAL).
           DISPLAY FUNCTION EXCEPTION-STATUS.
           STOP RUN.
