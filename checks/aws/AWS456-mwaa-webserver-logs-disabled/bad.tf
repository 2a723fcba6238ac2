resource "aws_mwaa_environment" "airflow" { # expect: AWS456
  name               = "airflow"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::corp-airflow"
  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
  logging_configuration {
    scheduler_logs {
      enabled   = true
      log_level = "INFO"
    }
  }
}

resource "aws_mwaa_environment" "batch" {
  name               = "batch"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::corp-airflow"
  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
  logging_configuration {
    webserver_logs {
      enabled = false # expect: AWS456
    }
  }
}
