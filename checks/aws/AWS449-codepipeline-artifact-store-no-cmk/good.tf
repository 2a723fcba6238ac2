resource "aws_codepipeline" "deploy" {
  name     = "deploy"
  role_arn = "arn:aws:iam::123456789012:role/codepipeline"
  artifact_store {
    location = "corp-pipeline-artifacts"
    type     = "S3"
    encryption_key {
      id   = aws_kms_key.pipeline.arn
      type = "KMS"
    }
  }
  stage {
    name = "Source"
    action {
      name             = "Source"
      category         = "Source"
      owner            = "AWS"
      provider         = "CodeStarSourceConnection"
      version          = "1"
      output_artifacts = ["source"]
      configuration = {
        ConnectionArn    = "arn:aws:codestar-connections:eu-west-1:123456789012:connection/abc"
        FullRepositoryId = "corp/app"
        BranchName       = "main"
      }
    }
  }
}
