resource "aws_athena_workgroup" "analysts" {
  name = "analysts"
  configuration {
    enforce_workgroup_configuration = false # expect: AWS110
    result_configuration {
      output_location = "s3://corp-athena-results/analysts/"
      encryption_configuration {
        encryption_option = "SSE_S3"
      }
    }
  }
}
