resource "aws_codebuild_project" "release" {
  name         = "release"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type                = "S3"
    location            = "corp-build-artifacts"
    encryption_disabled = true # expect: AWS129
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
