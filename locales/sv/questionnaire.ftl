section-assessment = Placeholder
service-name = Placeholder
    .help = Placeholder
    .ref = Placeholder
