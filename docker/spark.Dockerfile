# newskg's Spark job on Spark 3.5.8 for Scala 2.13: the jar built with the spark profile, Spark's
# binary distribution, and the bundled corpus at /app/corpus (on every node, as a local input path).
# Used by the `spark` profile of docker-compose.yml for the master, the worker and the submitting driver.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q -Pspark dependency:go-offline
COPY . .
RUN mvn -B -q -Pspark -DskipTests package

FROM eclipse-temurin:17-jre
ARG SPARK_VERSION=3.5.8
RUN apt-get update && apt-get install -y --no-install-recommends curl procps \
 && curl -fsSL https://archive.apache.org/dist/spark/spark-${SPARK_VERSION}/spark-${SPARK_VERSION}-bin-hadoop3-scala2.13.tgz \
    | tar -xz -C /opt \
 && mv /opt/spark-${SPARK_VERSION}-bin-hadoop3-scala2.13 /opt/spark \
 && apt-get purge -y curl && rm -rf /var/lib/apt/lists/*
ENV SPARK_HOME=/opt/spark
ENV PATH=/opt/spark/bin:$PATH
COPY --from=build /src/target/newskg.jar /app/newskg.jar
COPY corpus/deepseek /app/corpus
WORKDIR /app
