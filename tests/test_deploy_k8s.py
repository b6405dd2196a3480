"""The Kubernetes configuration, validated without a cluster: the instance file against Dagster's
own schemas (K8sRunLauncher, Postgres storage, run queue and pools), the Helm values' instance part
the same way, and the definitions with NEWS_EXECUTOR=k8s through `dagster definitions validate`."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import REPO

dagster_k8s = pytest.importorskip("dagster_k8s")
pytest.importorskip("dagster_postgres")

from dagster._config import validate_config  # noqa: E402
from dagster._core.instance.config import dagster_instance_config  # noqa: E402
from dagster_postgres import DagsterPostgresStorage  # noqa: E402

K8S = REPO / "deploy" / "k8s"
PG_ENV = {"DAGSTER_PG_HOST": "postgres", "DAGSTER_PG_USER": "dagster", "DAGSTER_PG_PASSWORD": "secret",
          "DAGSTER_PG_DB": "dagster"}


def _check_instance(folder: Path) -> dict:
    config, _ = dagster_instance_config(str(folder))  # raises on schema errors and conflicting limits
    launcher = config["run_launcher"]
    assert (launcher["module"], launcher["class"]) == ("dagster_k8s", "K8sRunLauncher")
    result = validate_config(dagster_k8s.K8sRunLauncher.config_type(), launcher["config"])
    assert result.success, result.errors
    result = validate_config(DagsterPostgresStorage.config_type(), config["storage"]["postgres"])
    assert result.success, result.errors
    return config


def test_instance_config_validates(monkeypatch):
    for key, value in PG_ENV.items():
        monkeypatch.setenv(key, value)
    config = _check_instance(K8S)
    assert config["concurrency"]["pools"]["default_limit"] == 1  # one warehouse writer
    assert config["concurrency"]["runs"]["max_concurrent_runs"] >= 2  # landing days side by side
    env = dict(item.split("=", 1) for item in config["run_launcher"]["config"]["env_vars"])
    assert env["NEWS_LAKE_DIR"].startswith("s3://") and env["NEWS_EXECUTOR"] == "k8s"


def test_an_invalid_instance_config_is_refused(tmp_path, monkeypatch):
    from dagster._core.errors import DagsterInvalidConfigError

    for key, value in PG_ENV.items():
        monkeypatch.setenv(key, value)
    bad = yaml.safe_load((K8S / "dagster.yaml").read_text())
    bad["run_queue"]["max_concurrent_runs"] = 4  # conflicts with concurrency > runs
    (tmp_path / "dagster.yaml").write_text(yaml.safe_dump(bad))
    with pytest.raises(DagsterInvalidConfigError):
        dagster_instance_config(str(tmp_path))


def test_helm_values_render_a_valid_instance(tmp_path, monkeypatch):
    """The instance part of the chart's values, as the chart renders it (run coordinator, K8s run
    launcher, additionalInstanceConfig), through the same validation."""
    for key, value in PG_ENV.items():
        monkeypatch.setenv(key, value)
    values = yaml.safe_load((K8S / "values.yaml").read_text())
    deployment = values["dagster-user-deployments"]["deployments"][0]
    assert deployment["dagsterApiGrpcArgs"] == ["--module-name", "dagster_project.deploy"]
    env = {e["name"]: e["value"] for e in deployment["env"]}
    assert env["NEWS_EXECUTOR"] == "k8s" and env["NEWS_LAKE_DIR"].startswith("s3://")
    assert values["runLauncher"]["type"] == "K8sRunLauncher"
    queued = values["dagsterDaemon"]["runCoordinator"]["config"]["queuedRunCoordinator"] or {}
    k8s = values["runLauncher"]["config"]["k8sRunLauncher"]
    rendered = {
        "storage": {"postgres": {"postgres_db": {"hostname": {"env": "DAGSTER_PG_HOST"},
                                                 "username": {"env": "DAGSTER_PG_USER"},
                                                 "password": {"env": "DAGSTER_PG_PASSWORD"},
                                                 "db_name": {"env": "DAGSTER_PG_DB"}, "port": 5432}}},
        "run_coordinator": {"module": "dagster.core.run_coordinator", "class": "QueuedRunCoordinator",
                            "config": {"max_concurrent_runs": queued["maxConcurrentRuns"]}
                            if "maxConcurrentRuns" in queued else {}},
        "run_launcher": {"module": "dagster_k8s", "class": "K8sRunLauncher", "config": {
            "instance_config_map": "dagster-instance", "dagster_home": "/opt/dagster/dagster_home",
            "postgres_password_secret": values["global"]["postgresqlSecretName"],
            "load_incluster_config": k8s["loadInclusterConfig"], "image_pull_policy": k8s["imagePullPolicy"],
            "env_secrets": [s["name"] for s in k8s["envSecrets"]],
            "volumes": k8s["volumes"], "volume_mounts": [
                {"name": m["name"], "mount_path": m["mountPath"]} for m in k8s["volumeMounts"]],
        }},
        **values["additionalInstanceConfig"],
    }
    (tmp_path / "dagster.yaml").write_text(yaml.safe_dump(rendered))
    config = _check_instance(tmp_path)
    assert config["concurrency"]["pools"]["default_limit"] == 1


def test_definitions_validate_with_the_k8s_executor(tmp_path):
    dagster = Path(sys.executable).with_name("dagster")
    env = {**os.environ, "NEWS_EXECUTOR": "k8s", "DAGSTER_HOME": str(tmp_path)}
    proc = subprocess.run([str(dagster), "definitions", "validate", "-m", "dagster_project.deploy"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    code = ("from dagster_project.deploy import defs; from dagster_k8s import k8s_job_executor; "
            "assert defs.executor.name == k8s_job_executor.name, defs.executor; print('ok')")
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-3000:]
