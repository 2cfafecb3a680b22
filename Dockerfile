# Build: the SDK image publishes the web app and the indexer.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/NewsArchive.Web -c Release -o /app \
 && dotnet publish src/NewsArchive.Indexer -c Release -o /app/indexer

# Run: the ASP.NET runtime only, with the bundled corpus; the index lives on a volume so it
# survives new containers and is built on the first start.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY corpus ./corpus
ENV ASPNETCORE_HTTP_PORTS=8080 \
    NewsArchive__IndexPath=/data/index \
    NewsArchive__CorpusPath=/app/corpus
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["dotnet", "NewsArchive.Web.dll"]
