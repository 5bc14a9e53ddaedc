# newskg: builds the shaded jar, then runs `newskg up`: extracts the bundled corpus, loads it into
# the TDB2 store on the /data volume and serves it at http://localhost:3030/ (SPARQL at /kg/sparql).

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, in their own layer, so that a source change does not download them again.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /app newskg \
 && mkdir -p /app /data \
 && chown newskg /data
WORKDIR /app
COPY --from=build /src/target/newskg.jar newskg.jar
USER newskg
VOLUME /data
EXPOSE 3030
# the entity recognizer and the dependency parser hold about 2 GB of heap: let the JVM use most of the container's memory
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "newskg.jar"]
CMD ["up", "--data", "/data/tdb2", "--port", "3030"]
