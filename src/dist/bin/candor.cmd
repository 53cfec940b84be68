@echo off
rem Runs Candor from its release folder on Windows. Needs Java 17 or newer: JAVA_HOME, else java
rem on PATH. Kept simple on purpose: no class-data-sharing archive, no Java version check (an
rem older Java stops with an UnsupportedClassVersionError). Candor's tests do not run on Windows.
setlocal
set "CANDOR_JAR=%~dp0..\lib\candor.jar"
set "CANDOR_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "CANDOR_JAVA=%JAVA_HOME%\bin\java.exe"
if not defined CANDOR_JVM_OPTS set "CANDOR_JVM_OPTS=-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
"%CANDOR_JAVA%" %CANDOR_JVM_OPTS% -jar "%CANDOR_JAR%" %*
exit /b %ERRORLEVEL%
