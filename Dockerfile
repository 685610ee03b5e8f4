# Runs a jar built beforehand with `./mvnw -B -DskipTests package`.
FROM eclipse-temurin:17-jre
RUN useradd --system --home /opt/smartcredit smartcredit && mkdir -p /var/lib/smartcredit \
    && chown smartcredit /var/lib/smartcredit
COPY target/smart-credit-hub.jar /opt/smartcredit/smart-credit-hub.jar
USER smartcredit
WORKDIR /opt/smartcredit
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/smartcredit/smart-credit-hub.jar"]
