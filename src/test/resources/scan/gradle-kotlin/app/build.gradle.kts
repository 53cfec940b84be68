plugins {
    id("com.android.application")
}

dependencies {
    implementation("com.google.android.gms:play-services-ads:22.6.0")
    implementation(libs.onesignal)
    implementation(libs.androidx.core.ktx)
    debugImplementation("com.datadoghq:dd-sdk-android:2.0.0")
}
