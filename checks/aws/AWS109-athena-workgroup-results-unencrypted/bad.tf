resource "aws_athena_workgroup" "analysts" { # expect: AWS109
  name = "analysts"
  configuration {
    result_configuration {
      output_location = "s3://corp-athena-results/analysts/"
    }
  }
}
