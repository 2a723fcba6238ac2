resource "aws_glue_job" "etl" { # expect: AWS240
  name     = "etl"
  role_arn = "arn:aws:iam::123456789012:role/glue"
  command {
    script_location = "s3://scripts/etl.py"
  }
}

resource "aws_glue_crawler" "raw" { # expect: AWS240
  name          = "raw"
  role          = "arn:aws:iam::123456789012:role/glue"
  database_name = "raw"
  s3_target {
    path = "s3://raw-data"
  }
}
