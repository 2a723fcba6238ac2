resource "aws_codebuild_project" "release" {
  name           = "release"
  service_role   = "arn:aws:iam::111122223333:role/codebuild"
  encryption_key = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  artifacts {
    type     = "S3"
    location = "corp-build-artifacts"
  }
  secondary_artifacts {
    type                = "S3"
    location            = "corp-build-artifacts"
    artifact_identifier = "docs"
    encryption_disabled = false
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}
