resource "aws_timestreamwrite_database" "metrics" { # expect: AWS436
  database_name = "metrics"
}
